// The bare shell of quality P1: React, the MUI components the dashboard uses, TanStack Query and
// react-hook-form, and nothing of the app. Its first-load JS is what the app is compared with.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonBase from '@mui/material/ButtonBase';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Container from '@mui/material/Container';
import CssBaseline from '@mui/material/CssBaseline';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import SvgIcon from '@mui/material/SvgIcon';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';

const theme = createTheme({ colorSchemes: { light: true, dark: true } });
const queryClient = new QueryClient();

function Shell() {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const status = useQuery({ queryKey: ['status'], queryFn: () => Promise.resolve('ok') });
  const { register, handleSubmit } = useForm({ defaultValues: { note: '' } });
  const parts = [Alert, AlertTitle, ButtonBase, Checkbox, Chip, CircularProgress, Dialog];
  const more = [DialogActions, DialogContent, DialogTitle, FormControlLabel, FormLabel, IconButton];
  const rest = [
    LinearProgress,
    ListItemIcon,
    ListItemText,
    ListSubheader,
    Menu,
    MenuItem,
    Skeleton,
  ];
  const last = [Snackbar, SvgIcon, Switch, Tab, Tabs, TablePagination, TableSortLabel, Tooltip];
  return (
    <>
      <AppBar position="static">
        <Toolbar>
          <Typography variant="h6">Shell</Typography>
        </Toolbar>
      </AppBar>
      <Container>
        <Grid container>
          <Card>
            <CardHeader title="Status" />
            <CardContent>
              <Stack component="form" onSubmit={handleSubmit(() => undefined)}>
                <TextField label="Note" {...register('note')} />
                <Button type="submit">{status.data ?? '…'}</Button>
                <Box>{dark ? 'dark' : 'light'}</Box>
                <Typography>
                  {[...parts, ...more, ...rest, ...last].length} more components are bundled.
                </Typography>
              </Stack>
              <TableContainer>
                <Table>
                  <TableHead>
                    <TableRow>
                      <TableCell>Column</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    <TableRow>
                      <TableCell>Cell</TableCell>
                    </TableRow>
                  </TableBody>
                </Table>
              </TableContainer>
            </CardContent>
          </Card>
        </Grid>
      </Container>
    </>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <QueryClientProvider client={queryClient}>
          <Shell />
        </QueryClientProvider>
      </ThemeProvider>
    </StrictMode>,
  );
}
