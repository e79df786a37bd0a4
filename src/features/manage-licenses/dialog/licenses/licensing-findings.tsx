import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import type { IsoDate } from '@/domain/dates';
import { segmentFindings } from '@/features/manage-licenses/status/segment-findings';
import { useDates, useText } from '@/lib/i18n';

interface LicensingFindingsProps {
  controllers: readonly SegmentController[];
  licenses: readonly ActivatedLicense[];
  today: IsoDate;
}

/**
 * The rules the main view shows before anyone acts (SS-11, SS-12, SS-14): warn, don't block.
 * Static notes, not live alerts: they describe the state, nothing just happened.
 */
export function LicensingFindings({ controllers, licenses, today }: LicensingFindingsProps) {
  const t = useText();
  const dates = useDates();
  const findings = controllers.flatMap((c) =>
    segmentFindings(c, licenses, today, t, dates.day).map((f) => ({
      ...f,
      text: t('cms.findings.onSegment', { segment: c.name, finding: f.text }),
    })),
  );
  const errors = findings.filter((f) => f.severity === 'error');
  const grouped = (['warning', 'info'] as const)
    .map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) }))
    .filter((group) => group.items.length > 0);
  if (findings.length === 0) {
    return (
      <Typography variant="body2" color="success.main">
        {t('cms.findings.allCovered', { count: controllers.length })}
      </Typography>
    );
  }
  return (
    <Stack spacing={1}>
      {errors.map((f) => (
        <Alert key={f.text} severity="error" role="note">
          {f.text}
        </Alert>
      ))}
      {grouped.map((group) => (
        <Alert key={group.severity} severity={group.severity} role="note">
          <Stack component="ul" sx={{ m: 0, pl: 2 }}>
            {group.items.map((f) => (
              <li key={f.text}>{f.text}</li>
            ))}
          </Stack>
        </Alert>
      ))}
    </Stack>
  );
}
