import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useText } from '@/lib/i18n';
import { useHistoryUrl } from './history-url';
import { preloadHistoryDialog } from './lazy-history-dialog';

/** Opens a license's History (AU-1) from any row it appears in. */
export function LicenseHistoryButton({ licenseId }: { licenseId: string }) {
  const t = useText();
  const { openLicense } = useHistoryUrl();
  const label = t('history.open', { licenseId });
  return (
    <Tooltip title={label}>
      <IconButton
        size="small"
        aria-label={label}
        onPointerEnter={() => void preloadHistoryDialog()}
        onFocus={() => void preloadHistoryDialog()}
        onClick={() => openLicense(licenseId)}
      >
        <HistoryOutlined fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

/** Opens a sensor's History (AU-1), labelled with its word, for a page's header. */
export function SensorHistoryButton({ serial, name }: { serial: string; name: string }) {
  const t = useText();
  const { openSensor } = useHistoryUrl();
  return (
    <Button
      startIcon={<HistoryOutlined />}
      aria-label={t('history.openSensor', { name })}
      onPointerEnter={() => void preloadHistoryDialog()}
      onFocus={() => void preloadHistoryDialog()}
      onClick={() => openSensor(serial)}
    >
      {t('history.sensorButton')}
    </Button>
  );
}

/** Opens an account's History (AU-1). */
export function AccountHistoryButton({ customerId, name }: { customerId: string; name: string }) {
  const t = useText();
  const { openAccount } = useHistoryUrl();
  const label = t('history.openAccount', { name });
  return (
    <Tooltip title={label}>
      <IconButton
        aria-label={label}
        onPointerEnter={() => void preloadHistoryDialog()}
        onFocus={() => void preloadHistoryDialog()}
        onClick={() => openAccount(customerId)}
      >
        <HistoryOutlined fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}
