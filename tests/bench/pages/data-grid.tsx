// Baseline 2: MUI X DataGrid (community) over the same rows, sorting and quick-filtering in the
// page. The community edition caps a page at 100 rows.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Button from '@mui/material/Button';
import Switch from '@mui/material/Switch';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { Sensor } from '@/api/contract/fleet';
import { benchRows } from './bench-rows';

const rows = benchRows();
performance.mark('data:ready');

const columns: GridColDef<Sensor>[] = [
  {
    field: 'serial',
    headerName: 'Sensor serial number / name',
    flex: 1.4,
    valueGetter: (_v, s) => `${s.serial} ${s.name}`,
  },
  { field: 'location', headerName: 'Location', flex: 1 },
  {
    field: 'activation',
    headerName: 'Activation date',
    flex: 1,
    valueGetter: (_v, s) => s.current?.startDate ?? null,
  },
  {
    field: 'expiresAt',
    headerName: 'Expires at',
    flex: 1,
    valueGetter: (_v, s) => s.current?.endDate ?? null,
  },
  {
    field: 'key',
    headerName: 'Key',
    flex: 1.2,
    valueGetter: (_v, s) => (s.current ? `${s.current.keyId} (${s.keyLicenseCount})` : null),
  },
  {
    field: 'add',
    headerName: 'Add License',
    sortable: false,
    renderCell: () => <Button size="small">+</Button>,
  },
  {
    field: 'autoRenewal',
    headerName: 'Auto Renewal',
    renderCell: ({ row }) => <Switch defaultChecked={row.autoRenewal} />,
  },
];

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
        <div style={{ height: 660 }} data-bench="table">
          <DataGrid
            rows={rows}
            columns={columns}
            getRowId={(s) => s.serial}
            showToolbar
            initialState={{ pagination: { paginationModel: { pageSize: 100, page: 0 } } }}
            pageSizeOptions={[100]}
          />
        </div>
      </ThemeProvider>
    </StrictMode>,
  );
};
