import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { CustomerLicense, IssuedFile } from '@/api/contract/customer-portal';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { useDates, useText } from '@/lib/i18n';
import { MONOSPACE } from '@/lib/theme';

/** Each file once, with the licenses that went into it, newest first. */
function filesOf(licenses: readonly CustomerLicense[]) {
  const files = new Map<string, IssuedFile & { licenseIds: string[] }>();
  for (const license of licenses)
    for (const file of license.files) {
      const entry = files.get(file.id) ?? { ...file, licenseIds: [] };
      entry.licenseIds.push(license.licenseId);
      files.set(file.id, entry);
    }
  return [...files.values()].reverse();
}

/** CP-4: the offline files already issued: when, for which install code, with which licenses. */
export function IssuedFiles({ licenses }: { licenses: readonly CustomerLicense[] }) {
  const files = filesOf(licenses);
  const t = useText();
  const dates = useDates();
  return (
    <Stack component="section" aria-labelledby="cp-issued-heading" spacing={1}>
      <Typography variant="h3" component="h2" id="cp-issued-heading">
        {t('customer.issued.title')}
      </Typography>
      {files.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('customer.issued.none')}
        </Typography>
      ) : (
        <DataTable aria-label={t('customer.issued.title')} keptId="first">
          <TableHead>
            <TableRow>
              <TableCell>{t('customer.issued.column.installCode')}</TableCell>
              <TableCell>{t('customer.issued.column.issuedOn')}</TableCell>
              <TableCell>{t('customer.issued.column.licenses')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {files.map((file) => (
              <TableRow key={file.id}>
                <TableCell sx={{ fontFamily: MONOSPACE }}>
                  <span>{file.installCode}</span>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{dates.day(file.issuedOn)}</TableCell>
                <TableCell sx={{ fontFamily: MONOSPACE, fontSize: '0.8rem' }}>
                  {file.licenseIds.map((id) => (
                    <div key={id}>{id}</div>
                  ))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </Stack>
  );
}
