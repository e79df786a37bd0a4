import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { LicenseFileActivation } from '@/api/contract/license-files';
import { describeLicense } from '@/domain/licenses';

interface LicenseFileResultProps {
  result: LicenseFileActivation;
  segmentName: string;
  onAnother: () => void;
}

/** SS-50: what the file activated; the licenses now show in the main list (BACK). */
export function LicenseFileResult({ result, segmentName, onAnother }: LicenseFileResultProps) {
  const count = result.licenses.length;
  return (
    <Alert
      severity="success"
      role="status"
      action={
        <Button color="inherit" size="small" onClick={onAnother}>
          Add another file
        </Button>
      }
    >
      <AlertTitle>
        {count === 1 ? '1 license' : `${count} licenses`} activated on {segmentName}
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {result.licenses.map((license) => (
          <li key={license.licenseId}>
            {describeLicense(license)} · {license.licenseId}
            {license.expiryDate ? ` · expires at end of ${license.expiryDate}` : ''}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
