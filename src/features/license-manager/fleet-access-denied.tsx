import LockOutlined from '@mui/icons-material/LockOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link } from 'wouter';
import type { FleetSession } from '@/api/contract/fleet';
import { EmptyState } from '@/components/empty-state';

/** LM-1: an Analyst sees why the License Manager is closed to them, whom to ask, and a way back. */
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
        Ask an Administrator of your organization for the Manager role, or a Manager to add, queue
        or renew licenses for you.
      </Typography>
      <Button variant="contained" component={Link} href="/" sx={{ mt: 1 }}>
        Go to the CMS Dashboard
      </Button>
    </EmptyState>
  );
}
