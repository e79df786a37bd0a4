import type { Translate } from '@/lib/i18n';

/** "Main Hall", "Main Hall and Plant Room", "A, B and C", in the user's language. */
export function joinWithAnd(names: readonly string[], t: Translate): string {
  if (names.length <= 1) return names[0] ?? '';
  return t('cms.list.and', { head: names.slice(0, -1).join(', '), last: names.at(-1) ?? '' });
}
