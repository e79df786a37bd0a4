import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { LicenseFileActivation } from '@/api/contract/license-files';
import { useDates, useText, licenseDescription } from '@/lib/i18n';

interface LicenseFileResultProps {
  result: LicenseFileActivation;
  segmentName: string;
  onAnother: () => void;
}

/** SS-50: what the file activated; the licenses now show in the main list (BACK). */
export function LicenseFileResult({ result, segmentName, onAnother }: LicenseFileResultProps) {
  const t = useText();
  const dates = useDates();
  return (
    <Alert
      severity="success"
      role="status"
      action={
        <Button color="inherit" size="small" onClick={onAnother}>
          {t('cms.addLicense.addAnother')}
        </Button>
      }
    >
      <AlertTitle>
        {t('cms.addLicense.activatedOn', {
          count: result.licenses.length,
          segment: segmentName,
        })}
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {result.licenses.map((license) => (
          <li key={license.licenseId}>
            {license.expiryDate
              ? t('cms.addLicense.activatedLicenseExpiry', {
                  description: licenseDescription(license, t),
                  licenseId: license.licenseId,
                  expiry: dates.expiry(license.expiryDate),
                })
              : t('cms.addLicense.activatedLicense', {
                  description: licenseDescription(license, t),
                  licenseId: license.licenseId,
                })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
