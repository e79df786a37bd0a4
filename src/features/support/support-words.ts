import type { SupportLicenseStatus, SupportRole } from '@/api/contract/customer-success';
import type { Translate } from '@/lib/i18n';

/** CS-1: a Customer Success role in the user's language. */
export function supportRoleLabel(role: SupportRole, t: Translate): string {
  return t('support.role', { role: role === 'License administrator' ? 'administrator' : 'agent' });
}

/** Where a license stands, in the user's language (ICU select keys cannot hold a hyphen). */
export function supportStatusLabel(status: SupportLicenseStatus, t: Translate): string {
  return t('support.status', { status: status === 'in-cloud' ? 'inCloud' : status });
}
