import LockOutlined from '@mui/icons-material/LockOutlined';
import Typography from '@mui/material/Typography';
import type { FleetSession } from '@/api/contract/fleet';
import { EmptyState } from '@/components/empty-state';

/** LM-1: an Analyst sees why the License Manager is closed to them, and whom to ask. */
export function FleetAccessDenied({ session }: { session: FleetSession }) {
  return (
    <EmptyState
      icon={<LockOutlined fontSize="inherit" />}
      title="You cannot manage sensor licenses"
    >
      <Typography variant="body2" sx={{ maxWidth: 520 }}>
        {session.reason}
      </Typography>
      <Typography variant="body2" sx={{ maxWidth: 520 }}>
        Ask an Administrator or a Manager of your organization to add, queue or renew licenses, or
        to give you their role.
      </Typography>
    </EmptyState>
  );
}
