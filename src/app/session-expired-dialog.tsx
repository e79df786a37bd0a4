import Button from '@mui/material/Button';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/error-alert';
import { fleetQueries, signInFleetAs } from '@/api/fleet';
import { sessionQueries, signInAs } from '@/api/session';
import { useSessionExpiry } from './use-session-expiry';
import { AppDialog, DialogText } from '@/components/app-dialog';

/** Signs in again as whoever was signed in before, in each app that had a session. */
async function signInAgain(queryClient: QueryClient): Promise<void> {
  const cmsRole = queryClient.getQueryData(sessionQueries.current().queryKey)?.user.role;
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
      title="Your session has expired"
      actions={
        <>
          <Button variant="contained" onClick={() => renew.mutate()} loading={renew.isPending}>
            Sign in again
          </Button>
        </>
      }
    >
      <DialogText>
        Sign in again to carry on. What you typed or selected stays as it is; send it again once you
        are signed in.
      </DialogText>
      {renew.isError && <ErrorAlert error={renew.error} sx={{ mt: 2 }} />}
    </AppDialog>
  );
}
