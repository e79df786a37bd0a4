import Button from '@mui/material/Button';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/error-alert';
import { sessionQueries, signInAs } from '@/api/session';
import { useSessionExpiry } from './use-session-expiry';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { useText } from '@/lib/i18n';

/** Signs in again as whoever was signed in before, in each app that had a session. */
async function signInAgain(queryClient: QueryClient): Promise<void> {
  const cmsRole = queryClient.getQueryData(sessionQueries.current().queryKey)?.user.role;
  // The License Manager's API module is not part of the dashboard's first load (P1).
  const { fleetQueries, signInFleetAs } = await import('@/api/fleet');
  const fleetRole = queryClient.getQueryData(fleetQueries.session().queryKey)?.user.role;
  await Promise.all([
    signInAs(cmsRole ?? 'Owner'),
    fleetRole ? signInFleetAs(fleetRole) : Promise.resolve(),
  ]);
}

/**
 * R12: a session that ends mid-task asks to sign in again over the screen, which stays mounted,
 * so whatever was typed or selected is still there to be sent again.
 */
export function SessionExpiredDialog() {
  const t = useText();
  const queryClient = useQueryClient();
  const { expired, dismiss } = useSessionExpiry();
  const renew = useMutation({
    mutationFn: () => signInAgain(queryClient),
    onSuccess: async () => {
      dismiss();
      await queryClient.invalidateQueries();
    },
  });
  return (
    <AppDialog
      open={expired}
      maxWidth="xs"
      title={t('shell.sessionExpired.title')}
      actions={
        <>
          <Button variant="contained" onClick={() => renew.mutate()} loading={renew.isPending}>
            {t('shell.sessionExpired.signIn')}
          </Button>
        </>
      }
    >
      <DialogText>{t('shell.sessionExpired.text')}</DialogText>
      {renew.isError && <ErrorAlert error={renew.error} sx={{ mt: 2 }} />}
    </AppDialog>
  );
}
