import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useExpireSessions } from '@/api/simulation';
import { useText } from '@/lib/i18n';

/**
 * R12: let every session run out mid-task. Switching who is signed in is the top bar's identity
 * menu, the same in every app.
 */
export function SessionControls() {
  const t = useText();
  const expire = useExpireSessions();
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{ alignItems: 'center', justifyContent: 'space-between' }}
    >
      <Typography variant="body2" color="text.secondary">
        {t('simulation.session.hint')}
      </Typography>
      <Button size="small" onClick={() => expire.mutate()} loading={expire.isPending}>
        {t('simulation.session.end')}
      </Button>
    </Stack>
  );
}
