// Baseline 1: a plain MUI Table that renders every row (no virtualization), sorting and filtering
// in the page.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Button from '@mui/material/Button';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import type { Sensor } from '@/api/contract/fleet';
import { benchRows, matches } from './bench-rows';

const rows = benchRows();
performance.mark('data:ready');

function byExpiry(a: Sensor, b: Sensor) {
  return (a.current?.endDate ?? '~').localeCompare(b.current?.endDate ?? '~');
}

function AllRowsTable() {
  const [sorted, setSorted] = useState(false);
  const [search, setSearch] = useState('');
  const shown = rows.filter((s) => matches(s, search));
  if (sorted) shown.sort(byExpiry);
  return (
    <>
      <TextField
        label="Search serial number or name"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <TableContainer sx={{ height: 600 }} data-bench="table">
        <Table stickyHeader size="small">
          <TableHead>
            <TableRow>
              <TableCell>Sensor serial number / name</TableCell>
              <TableCell>Location</TableCell>
              <TableCell>Activation date</TableCell>
              <TableCell>
                <TableSortLabel active={sorted} onClick={() => setSorted(true)}>
                  Expires at
                </TableSortLabel>
              </TableCell>
              <TableCell>Key</TableCell>
              <TableCell>Add License</TableCell>
              <TableCell>Auto Renewal</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((s) => (
              <TableRow key={s.serial}>
                <TableCell>
                  {s.serial}
                  <br />
                  {s.name}
                </TableCell>
                <TableCell>{s.location}</TableCell>
                <TableCell>{s.current?.startDate ?? '—'}</TableCell>
                <TableCell>
                  {s.current?.endDate ?? '—'}
                  <br />
                  {s.daysLeft ?? ''}
                </TableCell>
                <TableCell>
                  {s.current ? `${s.current.keyId} (${s.keyLicenseCount})` : '—'}
                </TableCell>
                <TableCell>
                  <Button size="small">+</Button>
                </TableCell>
                <TableCell>
                  <Switch defaultChecked={s.autoRenewal} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}

declare global {
  interface Window {
    /** The benchmark mounts the table itself, after measuring the heap with the data loaded. */
    __mount?: () => void;
  }
}

window.__mount = () => {
  const root = document.getElementById('root');
  if (!root) return;
  performance.mark('table:mount');
  createRoot(root).render(
    <StrictMode>
      <ThemeProvider theme={createTheme()}>
        <AllRowsTable />
      </ThemeProvider>
    </StrictMode>,
  );
};
