import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  CustomerInventoryLicense,
  CustomerInventoryStatus,
} from '@/api/contract/partner-portal';
import { LicenseIdWithHistory } from '@/components/history';
import { StatusChip, type StatusTone } from '@/components/status-chip';
import { TableCell, TableRow } from '@/components/data-table';
import {
  Message,
  useDates,
  useText,
  type MessageId,
  type Translate,
  licenseDescription,
} from '@/lib/i18n';
import { MONOSPACE } from '@/lib/theme';

const STATUS: Record<CustomerInventoryStatus, { label: MessageId; tone: StatusTone }> = {
  replaced: { label: 'partner.customerInventory.status.replaced', tone: 'default' },
  'in-cloud': { label: 'partner.customerInventory.status.inCloud', tone: 'info' },
  active: { label: 'partner.customerInventory.status.active', tone: 'success' },
  expiring: { label: 'partner.customerInventory.status.expiring', tone: 'warning' },
  expired: { label: 'partner.customerInventory.status.expired', tone: 'error' },
  used: { label: 'partner.customerInventory.status.used', tone: 'default' },
};

/** PP-10, SS-72: the status in words; a used-up upgrade license says when and to which release. */
function statusText(license: CustomerInventoryLicense, t: Translate, day: (iso: string) => string) {
  const use = license.upgradeUse;
  if (license.status === 'used' && use) {
    return t('partner.customerInventory.status.usedFor', {
      day: day(use.date),
      version: use.toVersion,
    });
  }
  return t(STATUS[license.status].label);
}

/** PP-7: a maintenance license of a customer that is not activated and not replaced. */
const canIssueMaintenanceFile = (license: CustomerInventoryLicense) =>
  license.kind === 'maintenance' && license.supersededBy === null && license.activatedOn === null;

/** PP-10: the term's end; a maintenance clock starts at the first activation (SS-13). */
function expiryText(
  license: CustomerInventoryLicense,
  t: Translate,
  day: (iso: string) => string,
): string {
  if (license.expiryDate) return day(license.expiryDate);
  if (license.maintenanceBuyableUntil) {
    return t('partner.customerInventory.maintenanceBuyableUntil', {
      day: day(license.maintenanceBuyableUntil),
    });
  }
  if (license.kind !== 'maintenance') return t('partner.customerInventory.expiryNever');
  return t('partner.customerInventory.expiryAtActivation');
}

/** PP-10: where the license is now. */
function Location({ license }: { license: CustomerInventoryLicense }) {
  const t = useText();
  if (license.supersededBy) return '—';
  if (license.activatedOn === null) return t('partner.customerInventory.inTheCloud');
  return (
    <Stack>
      <span>{license.activatedOn}</span>
      {license.activatedOnInstallCode && (
        <Typography variant="caption" sx={{ fontFamily: MONOSPACE, whiteSpace: 'nowrap' }}>
          {license.activatedOnInstallCode}
        </Typography>
      )}
    </Stack>
  );
}

interface CustomerInventoryRowProps {
  license: CustomerInventoryLicense;
  onIssueFile: (license: CustomerInventoryLicense) => void;
  onShowLicense: (licenseId: string) => void;
}

/** PP-5, PP-10: one license at a customer; a replaced original links to its successor. */
export function CustomerInventoryRow({
  license,
  onIssueFile,
  onShowLicense,
}: CustomerInventoryRowProps) {
  const { supersededBy } = license;
  const status = STATUS[license.status];
  const t = useText();
  const dates = useDates();
  return (
    <TableRow hover>
      <TableCell>
        <Stack>
          <LicenseIdWithHistory
            licenseId={license.licenseId}
            label={t('partner.customerInventory.column.licenseId')}
          />
          {supersededBy && (
            <Typography variant="caption" color="text.secondary">
              <Message
                id="partner.customerInventory.replacedBy"
                values={{
                  licenseId: supersededBy,
                  link: (chunks) => (
                    <Link
                      href={`?tab=customer-inventory&q=${supersededBy}`}
                      onClick={(event) => {
                        event.preventDefault();
                        onShowLicense(supersededBy);
                      }}
                      sx={{ fontFamily: MONOSPACE, overflowWrap: 'anywhere' }}
                    >
                      {chunks}
                    </Link>
                  ),
                }}
              />
            </Typography>
          )}
        </Stack>
      </TableCell>
      <TableCell>{licenseDescription(license, t)}</TableCell>
      <TableCell>{license.customerName}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{license.purchaseOrder}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {license.transferDate ? dates.day(license.transferDate) : '—'}
      </TableCell>
      <TableCell>
        <Location license={license} />
      </TableCell>
      <TableCell>
        <StatusChip label={statusText(license, t, dates.day)} tone={status.tone} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{expiryText(license, t, dates.day)}</TableCell>
      <TableCell>
        {canIssueMaintenanceFile(license) && (
          <Button
            size="small"
            aria-label={t('partner.customerInventory.issueFileFor', {
              licenseId: license.licenseId,
            })}
            onClick={() => onIssueFile(license)}
          >
            {t('partner.customerInventory.issueFile')}
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
