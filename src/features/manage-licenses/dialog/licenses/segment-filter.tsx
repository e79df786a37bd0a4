import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { useText } from '@/lib/i18n';

const ALL = 'all';

interface SegmentFilterProps {
  controllers: readonly SegmentController[];
  value: string | null;
  onChange: (segmentId: string | null) => void;
}

/** SS-9: narrows the list (and, later, what Transfer to Cloud sends back, SS-41). */
export function SegmentFilter({ controllers, value, onChange }: SegmentFilterProps) {
  const t = useText();
  return (
    <TextField
      select
      size="small"
      label={t('cms.licenses.segmentFilter')}
      value={value ?? ALL}
      onChange={(event) => onChange(event.target.value === ALL ? null : event.target.value)}
      sx={{ minWidth: 260 }}
    >
      <MenuItem value={ALL}>{t('cms.licenses.allSegmentControllers')}</MenuItem>
      {controllers.map((controller) => (
        <MenuItem key={controller.id} value={controller.id}>
          {controller.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
