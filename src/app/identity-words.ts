import type { Translate } from '@/lib/i18n';

/** The choices of who to sign in as, each role in the user's language. */
export const roleChoices = (roles: readonly string[], t: Translate) =>
  roles.map((role) => ({ key: role, label: t('common.role', { role }) }));

/** "Olivia Brandt · Owner", the role in the user's language. */
export const whoIs = (name: string, role: string, t: Translate) =>
  t('shell.identity.who', { name, role: t('common.role', { role }) });
