import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { ErrorState } from '@/components/error-state';
import { LicensesView } from './licenses-view';
import { useManageLicensesUrl } from './manage-licenses-url';

const TITLE_ID = 'manage-licenses-title';

/**
 * The SmartServer CMS Manage Licenses dialog, open while `?manage=` names a view. Only the Owner
 * sees its content (SS-1); when the session cannot be loaded it says why instead of staying shut.
 */
export function ManageLicensesDialog() {
  const { view, close } = useManageLicensesUrl();
  const session = useQuery(sessionQueries.current());
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('md'));
  const isOwner = session.data?.user.role === 'Owner';
  const open = view !== null && (isOwner || session.isError);

  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="xl"
      fullScreen={fullScreen}
      aria-labelledby={TITLE_ID}
    >
      <DialogTitle id={TITLE_ID}>Manage Licenses</DialogTitle>
      <DialogContent dividers sx={{ minHeight: '60vh' }}>
        {session.isError && !isOwner && (
          <ErrorState
            title="Your sign-in could not be checked"
            error={session.error}
            onRetry={() => void session.refetch()}
            retrying={session.isFetching}
          />
        )}
        {isOwner && view === 'licenses' && <LicensesView />}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
