import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { IsoDate } from '@/domain/dates';
import { FindingLine } from './finding-line';
import { remoteCmsSummary } from './remote-cms-findings';
import { useDates, useText } from '@/lib/i18n';

interface RemoteCmsSummaryProps {
  licenses: readonly ActivatedLicense[];
  controllerCount: number;
  today: IsoDate;
}

/** SS-74: the CMS's own Remote CMS license, above the segment controllers; nothing without one. */
export function RemoteCmsSummaryRow({ licenses, controllerCount, today }: RemoteCmsSummaryProps) {
  const t = useText();
  const dates = useDates();
  const summary = remoteCmsSummary(licenses, controllerCount, today, t, dates.day);
  if (!summary) return null;
  return (
    <Stack spacing={1} sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 2 }}>
      <Typography variant="body1" sx={{ fontWeight: 600 }}>
        {summary.headline}
      </Typography>
      {summary.findings.map((finding) => (
        <FindingLine key={finding.text} finding={finding} />
      ))}
    </Stack>
  );
}
