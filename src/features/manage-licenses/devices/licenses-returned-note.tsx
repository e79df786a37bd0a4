import Alert from '@mui/material/Alert';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { licensesReturnedFinding } from '@/features/manage-licenses/status/segment-findings';
import { useDates, useText } from '@/lib/i18n';

/** CS-2: why this segment controller's devices lost their licenses: Customer Success returned them. */
export function LicensesReturnedNote({ controller }: { controller: SegmentController }) {
  const t = useText();
  const dates = useDates();
  const returned = licensesReturnedFinding(controller, t, dates.day);
  if (!returned) return null;
  // A static note about the state, not a live alert: nothing just happened.
  return (
    <Alert severity={returned.severity} role="note">
      {returned.text}
    </Alert>
  );
}
