import type { Coverage } from '@/domain/coverage';
import type { LicenseTerms } from '@/domain/licenses';
import type { Translate } from './use-text';

/** SS-5: what a license is, in the user's language ("100-device capacity"). */
export function licenseDescription(
  license: Pick<LicenseTerms, 'kind' | 'deviceCount' | 'termYears' | 'segmentControllerLimit'>,
  t: Translate,
): string {
  switch (license.kind) {
    case 'capacity':
      return t('common.license.capacity', { devices: license.deviceCount });
    case 'maintenance':
      return t('common.license.maintenance', {
        years: license.termYears ?? 1,
        devices: license.deviceCount,
      });
    case 'core':
      return t('common.license.core');
    case 'upgrade':
      return t('common.license.upgrade');
    case 'remote-cms':
      return t('common.license.remoteCms', {
        controllers: license.segmentControllerLimit ?? 0,
        years: license.termYears ?? 1,
      });
  }
}

/** SS-12: how many of a segment controller's devices its maintenance covers, and what is missing. */
export function coverageSentence(coverage: Coverage, t: Translate): string {
  const values = {
    covered: Math.min(coverage.maintained, coverage.capacity),
    capacity: coverage.capacity,
    missing: coverage.missing,
  };
  return coverage.missing > 0
    ? t('common.coverage.short', values)
    : t('common.coverage.complete', values);
}
