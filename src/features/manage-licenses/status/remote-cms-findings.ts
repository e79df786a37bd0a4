import type { ActivatedLicense } from '@/api/contract/licenses';
import type { IsoDate } from '@/domain/dates';
import { licenseStatus } from '@/domain/licenses';
import type { Translate } from '@/lib/i18n';
import type { Finding } from './segment-findings';

/** What the License Status display says about the CMS's own license: one line, then what is wrong. */
interface RemoteCmsSummary {
  headline: string;
  findings: Pick<Finding, 'severity' | 'text'>[];
}

interface RemoteCmsTerms {
  limit: number;
  expiryDate: IsoDate;
}

/** SS-74: of several Remote CMS licenses, the one that runs longest is the one in force. */
export function remoteCmsInForce(licenses: readonly ActivatedLicense[]): RemoteCmsTerms | null {
  let latest: RemoteCmsTerms | null = null;
  for (const license of licenses) {
    const { kind, segmentControllerLimit: limit, expiryDate } = license;
    if (kind !== 'remote-cms' || limit === null || expiryDate === null) continue;
    if (!latest || expiryDate > latest.expiryDate) latest = { limit, expiryDate };
  }
  return latest;
}

/**
 * SS-74: the Remote CMS license with its limit and expiry, warning when the CMS has more segment
 * controllers than it allows, when it is about to expire (SS-6's window) and when it has expired.
 * Null without a Remote CMS license. `day` writes a date in the user's style (`useDates().day`).
 */
export function remoteCmsSummary(
  licenses: readonly ActivatedLicense[],
  controllerCount: number,
  today: IsoDate,
  t: Translate,
  day: (iso: IsoDate) => string,
): RemoteCmsSummary | null {
  const terms = remoteCmsInForce(licenses);
  if (!terms) return null;
  const status = licenseStatus(terms, today);
  const expiry = day(terms.expiryDate);
  const findings: RemoteCmsSummary['findings'] = [];
  if (status.state === 'expired') {
    findings.push({
      severity: 'warning',
      text: t('dashboard.remoteCms.expired', { day: expiry }),
    });
  }
  if (controllerCount > terms.limit) {
    findings.push({
      severity: 'warning',
      text: t('dashboard.remoteCms.overLimit', {
        controllers: controllerCount,
        limit: terms.limit,
      }),
    });
  }
  if (status.state === 'expiring') {
    findings.push({
      severity: 'warning',
      text: t('dashboard.remoteCms.expiring', { daysLeft: status.daysLeft, day: expiry }),
    });
  }
  return {
    headline: t('dashboard.remoteCms.headline', {
      limit: terms.limit,
      expired: status.state === 'expired' ? 'yes' : 'no',
      day: expiry,
    }),
    findings,
  };
}
