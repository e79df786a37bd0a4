import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { LicensesView } from './licenses-view';
import { useManageLicensesUrl } from './manage-licenses-url';

const TITLE_ID = 'manage-licenses-title';

/** The SmartServer CMS Manage Licenses dialog; open while `?manage=` names a view (Owner only, SS-1). */
export function ManageLicensesDialog() {
  const { view, close } = useManageLicensesUrl();
  const session = useQuery(sessionQueries.current());
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('md'));
  const open = view !== null && session.data?.user.role === 'Owner';

  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="lg"
      fullScreen={fullScreen}
      aria-labelledby={TITLE_ID}
    >
      <DialogTitle id={TITLE_ID}>Manage Licenses</DialogTitle>
      <DialogContent dividers sx={{ minHeight: '60vh' }}>
        {view === 'licenses' && <LicensesView />}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
