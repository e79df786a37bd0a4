import LockOutlined from '@mui/icons-material/LockOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link } from 'wouter';
import type { FleetSession } from '@/api/contract/fleet';
import { EmptyState } from '@/components/empty-state';
import { useText } from '@/lib/i18n';

/** LM-1: an Analyst sees why the License Manager is closed to them, whom to ask, and a way back. */
export function FleetAccessDenied({ session }: { session: FleetSession }) {
  const t = useText();
  return (
    <EmptyState icon={<LockOutlined fontSize="inherit" />} title={t('fleet.accessDenied.title')}>
      <Typography variant="body2" sx={{ maxWidth: 520 }}>
        {session.reason}
      </Typography>
      <Typography variant="body2" sx={{ maxWidth: 520 }}>
        {t('fleet.accessDenied.whomToAsk')}
      </Typography>
      <Button variant="contained" component={Link} href="/" sx={{ mt: 1 }}>
        {t('fleet.accessDenied.back')}
      </Button>
    </EmptyState>
  );
}
