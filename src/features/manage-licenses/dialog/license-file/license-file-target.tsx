import TextField from '@mui/material/TextField';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { useText } from '@/lib/i18n';

interface LicenseFileTargetProps {
  controllers: readonly SegmentController[];
  value: string | null;
  /** The segment controller whose install code the file names, if this CMS has it. */
  namedId: string | null;
  installCode: string;
  onChange: (segmentControllerId: string) => void;
}

/** SS-50: the target, by default the one the file names; without one, the user must choose. */
export function LicenseFileTarget({
  controllers,
  value,
  namedId,
  installCode,
  onChange,
}: LicenseFileTargetProps) {
  const t = useText();
  const named = controllers.find((c) => c.id === namedId);
  const helperText = named
    ? t('cms.addLicense.madeFor', { segment: named.name, installCode })
    : t('cms.addLicense.noTarget', { installCode });
  return (
    <TextField
      select
      label={t('cms.addLicense.target')}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      helperText={helperText}
      error={!named && value === null}
      size="small"
      sx={{ maxWidth: 480 }}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {value === null && (
        <option value="" disabled>
          {t('cms.addLicense.chooseTarget')}
        </option>
      )}
      {controllers.map((c) => (
        <option key={c.id} value={c.id}>
          {t(c.online ? 'cms.addLicense.targetOption' : 'cms.addLicense.targetOptionOffline', {
            name: c.name,
            installCode: c.installCode,
          })}
        </option>
      ))}
    </TextField>
  );
}
