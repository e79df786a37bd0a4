import Button from '@mui/material/Button';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/error-alert';
import { sessionQueries, signInAs } from '@/api/session';
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

/** R12: the prompt to sign in again; signing in again closes it and reloads what the screen shows. */
export function SessionExpiredPrompt({
  open,
  onSignedIn,
}: {
  open: boolean;
  onSignedIn: () => void;
}) {
  const t = useText();
  const queryClient = useQueryClient();
  const renew = useMutation({
    mutationFn: () => signInAgain(queryClient),
    onSuccess: async () => {
      onSignedIn();
      await queryClient.invalidateQueries();
    },
  });
  return (
    <AppDialog
      open={open}
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
