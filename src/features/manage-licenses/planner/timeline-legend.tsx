import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useText, type MessageId } from '@/lib/i18n';
import { BAR_COLOR, SHORT_COLOR } from './timeline-colors';

const ENTRIES: { label: MessageId; color: string }[] = [
  { label: 'planner.timeline.legendKept', color: BAR_COLOR.kept },
  { label: 'planner.timeline.legendActivated', color: BAR_COLOR.activated },
  { label: 'planner.timeline.legendGone', color: BAR_COLOR.transferred },
  { label: 'planner.timeline.legendShort', color: SHORT_COLOR },
];

export function TimelineLegend() {
  const t = useText();
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ mt: 1.5, flexWrap: 'wrap' }}>
      {ENTRIES.map((entry) => (
        <Stack key={entry.label} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <span style={{ width: 14, height: 10, borderRadius: 2, background: entry.color }} />
          <Typography variant="caption">{t(entry.label)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}
