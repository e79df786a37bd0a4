import Checkbox from '@mui/material/Checkbox';
import Typography from '@mui/material/Typography';
import type { CustomerLicense } from '@/api/contract/customer-portal';
import { LicenseIdWithHistory } from '@/components/history';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useDates, useText, type MessageId, type Translate, licenseDescription } from '@/lib/i18n';

export const CUSTOMER_LICENSE_COLUMNS = [
  'customer.licenses.column.eid',
  'customer.licenses.column.type',
  'customer.licenses.column.transferDate',
  'customer.licenses.column.activatedOn',
] as const satisfies readonly MessageId[];

/** CP-3: only capacity licenses that are not activated can go into an offline file; else why not. */
function whyNotInFile(license: CustomerLicense, t: Translate): string | null {
  if (license.activation)
    return t('customer.licenses.alreadyActivated', {
      controller: license.activation.segmentControllerName,
    });
  if (license.kind === 'maintenance') return t('customer.licenses.maintenanceFromPartner');
  if (license.kind !== 'capacity') return t('customer.licenses.onlyCapacity');
  return null;
}

function ActivatedOn({ license }: { license: CustomerLicense }) {
  const t = useText();
  const dates = useDates();
  if (!license.activation)
    return (
      <Typography color="text.secondary" variant="body2" component="span">
        {t('customer.licenses.notActivated')}
      </Typography>
    );
  return t('customer.licenses.activatedOn', {
    controller: license.activation.segmentControllerName,
    date: dates.day(license.activation.activationDate),
  });
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
  const t = useText();
  const dates = useDates();
  return (
    <DataTable aria-label={t('customer.licenses.title')} keptId="second">
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox">
            <span style={VISUALLY_HIDDEN}>{t('customer.licenses.selectForFile')}</span>
          </TableCell>
          {CUSTOMER_LICENSE_COLUMNS.map((column) => (
            <TableCell key={column}>{t(column)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {licenses.map((license) => {
          const reason = whyNotInFile(license, t);
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
                      'aria-label': t('customer.licenses.selectLicense', {
                        licenseId: license.licenseId,
                      }),
                      'aria-describedby': reason === null ? undefined : reasonId,
                    },
                  }}
                />
              </TableCell>
              <TableCell>
                <LicenseIdWithHistory
                  licenseId={license.licenseId}
                  label={t('customer.licenses.column.eid')}
                />
              </TableCell>
              <TableCell>
                {licenseDescription(license, t)}
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
              <TableCell>{license.transferDate ? dates.day(license.transferDate) : '—'}</TableCell>
              <TableCell>
                <ActivatedOn license={license} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </DataTable>
  );
}
