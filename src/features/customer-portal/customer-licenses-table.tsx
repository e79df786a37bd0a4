import Checkbox from '@mui/material/Checkbox';
import Typography from '@mui/material/Typography';
import type { CustomerLicense } from '@/api/contract/customer-portal';
import { CopyableId } from '@/components/copyable-id';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { describeLicense } from '@/domain/licenses';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';

export const CUSTOMER_LICENSE_COLUMNS = ['EID', 'Type', 'Transfer date', 'Activated on'] as const;

/** CP-3: only capacity licenses that are not activated can go into an offline file; else why not. */
function whyNotInFile(license: CustomerLicense): string | null {
  if (license.activation)
    return `Already activated on ${license.activation.segmentControllerName}.`;
  if (license.kind === 'maintenance')
    return 'Maintenance goes into a file from your partner, not from here.';
  if (license.kind !== 'capacity') return 'Only device-capacity licenses go into an offline file.';
  return null;
}

function activatedOn(license: CustomerLicense) {
  if (!license.activation)
    return (
      <Typography color="text.secondary" variant="body2" component="span">
        Not activated
      </Typography>
    );
  return `${license.activation.segmentControllerName}, ${license.activation.activationDate}`;
}

interface CustomerLicensesTableProps {
  licenses: CustomerLicense[];
  selected: readonly string[];
  onToggle: (licenseId: string) => void;
  disabled?: boolean;
}

/**
 * CP-2: the customer's licenses and where each is activated; capacity ones can be chosen (CP-3),
 * and every other row says why it cannot.
 */
export function CustomerLicensesTable({
  licenses,
  selected,
  onToggle,
  disabled = false,
}: CustomerLicensesTableProps) {
  return (
    <DataTable aria-label="Your licenses" keptId="second">
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <span style={VISUALLY_HIDDEN}>Select for file</span>
          </TableCell>
          {CUSTOMER_LICENSE_COLUMNS.map((column) => (
            <TableCell key={column}>{column}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {licenses.map((license) => {
          const reason = whyNotInFile(license);
          const reasonId = `why-not-in-file-${license.licenseId}`;
          return (
            <TableRow key={license.licenseId} selected={selected.includes(license.licenseId)}>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={selected.includes(license.licenseId)}
                  disabled={reason !== null || disabled}
                  onChange={() => onToggle(license.licenseId)}
                  slotProps={{
                    input: {
                      'aria-label': `Select ${license.licenseId} for the file`,
                      'aria-describedby': reason === null ? undefined : reasonId,
                    },
                  }}
                />
              </TableCell>
              <TableCell>
                <CopyableId id={license.licenseId} label="EID" />
              </TableCell>
              <TableCell>
                {describeLicense(license)}
                {reason && (
                  <Typography
                    id={reasonId}
                    variant="caption"
                    color="text.secondary"
                    component="div"
                  >
                    {reason}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{license.transferDate ?? '—'}</TableCell>
              <TableCell>{activatedOn(license)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </DataTable>
  );
}
