import Button from '@mui/material/Button';
import type { SupportLicense } from '@/api/contract/customer-success';
import { LicenseIdWithHistory } from '@/components/history';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { licenseDescription, useDates, useText } from '@/lib/i18n';
import { supportStatusLabel } from './support-words';

interface SupportLicensesTableProps {
  licenses: readonly SupportLicense[];
  label: string;
  /** CS-4: offered on a maintenance license waiting in the cloud. */
  onMaintenanceFile?: (license: SupportLicense) => void;
}

const canHaveFile = (l: SupportLicense) => l.kind === 'maintenance' && l.status === 'in-cloud';

/** The licenses of a segment controller or an account, as Customer Success sees them. */
export function SupportLicensesTable({
  licenses,
  label,
  onMaintenanceFile,
}: SupportLicensesTableProps) {
  const t = useText();
  const dates = useDates();
  const actions = onMaintenanceFile !== undefined && licenses.some(canHaveFile);
  return (
    <DataTable aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{t('support.license.type')}</TableCell>
          <TableCell>{t('support.license.id')}</TableCell>
          <TableCell>{t('support.license.status')}</TableCell>
          <TableCell>{t('support.license.where')}</TableCell>
          <TableCell>{t('support.license.expiry')}</TableCell>
          <TableCell>{t('support.license.po')}</TableCell>
          {actions && <TableCell>{t('support.license.actions')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {licenses.map((l) => (
          <TableRow key={l.licenseId}>
            <TableCell>{licenseDescription(l, t)}</TableCell>
            <TableCell>
              <LicenseIdWithHistory licenseId={l.licenseId} label={t('support.license.id')} wrap />
            </TableCell>
            <TableCell>{supportStatusLabel(l.status, t)}</TableCell>
            <TableCell>{l.activatedOnName ?? t('support.license.none')}</TableCell>
            <TableCell>
              {l.expiryDate ? dates.day(l.expiryDate) : t('support.license.none')}
            </TableCell>
            <TableCell>{l.purchaseOrder}</TableCell>
            {actions && (
              <TableCell>
                {canHaveFile(l) && (
                  <Button
                    size="small"
                    onClick={() => onMaintenanceFile?.(l)}
                    aria-label={t('support.license.maintenanceFileFor', {
                      licenseId: l.licenseId,
                    })}
                  >
                    {t('support.license.maintenanceFile')}
                  </Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}
