import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { StatusChip, type StatusTone } from './status-chip';
import { onViewport } from '@tests/play-helpers';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from './data-table';

interface Row {
  licenseId: string;
  controller: string;
  devices: number;
  expires: string;
  status: [string, StatusTone];
}

const ROWS: Row[] = [
  {
    licenseId: 'LIC-7F3A-92C1-4B8D',
    controller: 'Main Hall',
    devices: 150,
    expires: '2027-03-31',
    status: ['Active', 'success'],
  },
  {
    licenseId: 'LIC-22B9-0C4E-7D31',
    controller: 'Warehouse East',
    devices: 50,
    expires: '2026-12-14',
    status: ['Expiring', 'warning'],
  },
  {
    licenseId: 'LIC-5E10-A7F2-C9B6',
    controller: 'Office Tower, Floor 12, North Wing',
    devices: 25,
    expires: '2026-10-01',
    status: ['Expired', 'error'],
  },
];

function LicenseTable({ rows, keptId }: { rows: Row[]; keptId?: 'first' }) {
  return (
    <DataTable aria-label="Licenses" keptId={keptId}>
      <TableHead>
        <TableRow>
          <TableCell>License ID</TableCell>
          <TableCell>Segment controller</TableCell>
          <TableCell align="right">Devices</TableCell>
          <TableCell>Expires at</TableCell>
          <TableCell>Status</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.licenseId} hover>
            <TableCell>
              <span>{row.licenseId}</span>
            </TableCell>
            <TableCell>{row.controller}</TableCell>
            <TableCell align="right">{row.devices}</TableCell>
            <TableCell>{row.expires}</TableCell>
            <TableCell>
              <StatusChip label={row.status[0]} tone={row.status[1]} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </DataTable>
  );
}

const meta = {
  title: 'Components/DataTable',
  component: LicenseTable,
  args: { rows: ROWS, keptId: 'first' },
  argTypes: {
    rows: { control: 'object' },
    keptId: { control: 'inline-radio', options: [undefined, 'first'] },
  },
} satisfies Meta<typeof LicenseTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Compact rows under a name; the first column stays put while the rest scrolls sideways. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const table = canvas.getByRole('table', { name: 'Licenses' });
    await expect(within(table).getAllByRole('row')).toHaveLength(4);
    await expect(within(table).getByText('Expiring')).toBeVisible();
    const firstCell = within(table).getByText('LIC-7F3A-92C1-4B8D').closest('td');
    await expect(firstCell && getComputedStyle(firstCell).position).toBe('sticky');
    // Once the browser has laid it out, the box is a tab stop only while the table overflows it
    // (it holds nothing focusable): how wide the window is decides which.
    const box = table.parentElement;
    if (!box) throw new Error('The table has no box');
    await waitFor(() => {
      const overflows = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
      expect(box.getAttribute('tabindex')).toBe(overflows ? '0' : null);
    });
  },
};

/** UX-2: on a phone the table scrolls in its own box, never the page. */
export const DefaultOnPhone: Story = onViewport(
  {
    play: async ({ canvas }) => {
      const table = canvas.getByRole('table', { name: 'Licenses' });
      const box = table.parentElement;
      if (!box) throw new Error('The table has no box');
      await expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
      await expect(getComputedStyle(box).overflowX).toBe('auto');
      // A keyboard user can reach the box to scroll it from its first paint on (WCAG 2.1.1).
      await expect(box).toHaveAttribute('tabindex', '0');
    },
  },
  'phone',
);
