import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  CustomerInventoryLicense,
  CustomerInventoryStatus,
} from '@/api/contract/partner-portal';
import { CopyableId } from '@/components/copyable-id';
import { StatusChip, type StatusTone } from '@/components/status-chip';
import { TableCell, TableRow } from '@/components/data-table';
import { describeLicense } from '@/domain/licenses';
import { MONOSPACE } from '@/lib/theme';

const STATUS: Record<CustomerInventoryStatus, { label: string; tone: StatusTone }> = {
  replaced: { label: 'Replaced', tone: 'default' },
  'in-cloud': { label: 'Not activated', tone: 'info' },
  active: { label: 'Active', tone: 'success' },
  expiring: { label: 'Expiring', tone: 'warning' },
  expired: { label: 'Expired', tone: 'error' },
};

/** PP-7: a maintenance license of a customer that is not activated and not replaced. */
const canIssueMaintenanceFile = (license: CustomerInventoryLicense) =>
  license.kind === 'maintenance' && license.supersededBy === null && license.activatedOn === null;

/** PP-10: the term's end; a maintenance clock starts at the first activation (SS-13). */
function expiryText(license: CustomerInventoryLicense): string {
  if (license.expiryDate) return license.expiryDate;
  if (license.kind !== 'maintenance') return 'Never';
  return 'Starts at activation';
}

/** PP-10: where the license is now. */
function Location({ license }: { license: CustomerInventoryLicense }) {
  if (license.supersededBy) return '—';
  if (license.activatedOn === null) return 'In the cloud';
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
  return (
    <TableRow hover>
      <TableCell>
        <Stack>
          <CopyableId id={license.licenseId} label="License ID" />
          {supersededBy && (
            <Typography variant="caption" color="text.secondary">
              Replaced by{' '}
              <Link
                href={`?tab=customer-inventory&q=${supersededBy}`}
                onClick={(event) => {
                  event.preventDefault();
                  onShowLicense(supersededBy);
                }}
                sx={{ fontFamily: MONOSPACE, overflowWrap: 'anywhere' }}
              >
                {supersededBy}
              </Link>
            </Typography>
          )}
        </Stack>
      </TableCell>
      <TableCell>{describeLicense(license)}</TableCell>
      <TableCell>{license.customerName}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{license.purchaseOrder}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{license.transferDate ?? '—'}</TableCell>
      <TableCell>
        <Location license={license} />
      </TableCell>
      <TableCell>
        <StatusChip label={status.label} tone={status.tone} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{expiryText(license)}</TableCell>
      <TableCell>
        {canIssueMaintenanceFile(license) && (
          <Button
            size="small"
            aria-label={`Issue maintenance file for ${license.licenseId}`}
            onClick={() => onIssueFile(license)}
          >
            Issue maintenance file
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
