import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { LicenseFilePreview } from '@/api/contract/license-files';
import { MONOSPACE } from '@/lib/theme';
import { useDates, useText, licenseDescription } from '@/lib/i18n';

const MONO = { fontFamily: MONOSPACE, fontSize: '0.85rem' } as const;

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack direction="row" spacing={1} component="div">
      <Typography component="dt" variant="body2" color="text.secondary" sx={{ width: 110 }}>
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ ...MONO, m: 0 }}>
        {value}
      </Typography>
    </Stack>
  );
}

/** SS-50: what the signed file holds, each license with what stands in its way. */
export function LicenseFileContents({ preview }: { preview: LicenseFilePreview }) {
  const t = useText();
  const { day } = useDates();
  return (
    <Stack spacing={1} component="section" aria-label={t('cms.addLicense.contents')}>
      <Stack component="dl" spacing={0.5} sx={{ m: 0 }}>
        <Field label={t('cms.addLicense.fileId')} value={preview.fileId} />
        <Field label={t('cms.addLicense.issued')} value={day(preview.issued)} />
        <Field label={t('cms.addLicense.installCode')} value={preview.installCode} />
      </Stack>
      <Typography variant="subtitle2" component="h3">
        {t('cms.addLicense.licenseCount', { count: preview.licenses.length })}
      </Typography>
      <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 3 }}>
        {preview.licenses.map((license) => (
          <li key={license.licenseId}>
            <Typography variant="body2">
              {licenseDescription(license, t)}{' '}
              <Typography component="span" sx={MONO}>
                {license.licenseId}
              </Typography>
            </Typography>
            {license.problem && (
              <Typography variant="body2" color="error">
                {license.problem.message}
              </Typography>
            )}
          </li>
        ))}
      </Stack>
    </Stack>
  );
}
