import TextField from '@mui/material/TextField';
import type { SegmentController } from '@/api/contract/segment-controllers';

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
  const named = controllers.find((c) => c.id === namedId);
  const helperText = named
    ? `The file was made for ${named.name} (install code ${installCode}).`
    : `No segment controller of this CMS has install code ${installCode}. Choose the target.`;
  return (
    <TextField
      select
      label="Target segment controller"
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
          Choose a segment controller
        </option>
      )}
      {controllers.map((c) => (
        <option key={c.id} value={c.id}>
          {`${c.name} · ${c.installCode}${c.online ? '' : ' · offline'}`}
        </option>
      ))}
    </TextField>
  );
}
