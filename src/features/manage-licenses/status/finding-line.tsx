import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import type { Finding } from './segment-findings';

const FINDING_ICONS = {
  error: ErrorOutlineOutlined,
  warning: WarningAmberOutlined,
  info: InfoOutlined,
} as const;

/** One finding of a License Status summary: an icon in its severity's color, then the text. */
export function FindingLine({ finding }: { finding: Pick<Finding, 'severity' | 'text'> }) {
  const Icon = FINDING_ICONS[finding.severity];
  return (
    <Stack
      direction="row"
      spacing={0.75}
      sx={{ alignItems: 'flex-start', color: `${finding.severity}.main` }}
    >
      <Icon fontSize="small" />
      <Typography variant="body2" sx={{ color: 'text.primary' }}>
        {finding.text}
      </Typography>
    </Stack>
  );
}
