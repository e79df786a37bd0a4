import type { LicenseTerms } from '@/domain/licenses';

/**
 * SS-5 as the cloud writes it in its files and e-mails, which are in English; the app shows a
 * license in the user's language (src/lib/i18n/license-text.ts).
 */
export function describeLicense(
  license: Pick<LicenseTerms, 'kind' | 'deviceCount' | 'termYears' | 'segmentControllerLimit'>,
): string {
  switch (license.kind) {
    case 'capacity':
      return `${license.deviceCount}-device capacity`;
    case 'maintenance':
      return `${license.termYears ?? 1}-year maintenance (${license.deviceCount} devices)`;
    case 'core':
      return 'SmartServer Core';
    case 'upgrade':
      return 'One-time upgrade';
    case 'remote-cms':
      return `Remote CMS (up to ${license.segmentControllerLimit ?? 0} segment controllers), ${license.termYears ?? 1}-year`;
  }
}
