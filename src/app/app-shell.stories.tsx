import { useState } from 'react';
import Button from '@mui/material/Button';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { atViewport } from '@tests/story-viewports';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { PageHeader } from '@/components/page-header';
import { DevToolbar } from '@/features/dev-toolbar/dev-toolbar';
import { AppShell } from './app-shell';

const LONG_NOTE = 'Replaced-after-the-flood-in-the-plant-room-call-the-integrator-first'.repeat(2);

/** A page in the shell: a wide table with a pasted note, and a dialog with two views. */
function ShellWithPage() {
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<'short' | 'long'>('short');
  return (
    <AppShell simulation={<DevToolbar />}>
      <PageHeader
        title="A page"
        subtitle="What every area renders inside the shell."
        actions={<Button onClick={() => setOpen(true)}>Open dialog</Button>}
      />
      <DataTable aria-label="Wide table">
        <TableHead>
          <TableRow>
            {['License ID', 'Segment Controller', 'Status', 'Activation Date', 'Note'].map((h) => (
              <TableCell key={h}>{h}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          <TableRow>
            <TableCell>EID-0001-4A7C</TableCell>
            <TableCell>Plant Room</TableCell>
            <TableCell>Activated</TableCell>
            <TableCell>2026-11-23</TableCell>
            <TableCell>{LONG_NOTE}</TableCell>
          </TableRow>
        </TableBody>
      </DataTable>
      <AppDialog
        open={open}
        title="Two views"
        onClose={() => setOpen(false)}
        actions={
          <>
            <Button onClick={() => setView(view === 'short' ? 'long' : 'short')}>Other view</Button>
            <Button onClick={() => setOpen(false)}>Close</Button>
          </>
        }
      >
        <DialogText>{view === 'short' ? 'A short view.' : LONG_NOTE.repeat(8)}</DialogText>
      </AppDialog>
    </AppShell>
  );
}

const meta = {
  title: 'App/Shell',
  component: ShellWithPage,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ShellWithPage>;

export default meta;
type Story = StoryObj<typeof meta>;

function noSidewaysScroll(canvasElement: HTMLElement) {
  const root = canvasElement.ownerDocument.scrollingElement;
  return root ? root.scrollWidth <= root.clientWidth : false;
}

/** UX-2 at 390 px: the areas behind the menu, who is signed in as an icon, the table in its box. */
export const Phone: Story = {
  globals: atViewport('phone'),
  play: async ({ canvas, canvasElement, app }) => {
    const body = within(canvasElement.ownerDocument.body);
    await expect(canvas.queryByRole('tab')).toBeNull();
    const identity = await canvas.findByRole('button', {
      name: 'Signed in as Olivia Brandt · Owner',
    });
    const title = canvas.getByText('License Console');
    await expect(title.getBoundingClientRect().right).toBeLessThanOrEqual(
      identity.getBoundingClientRect().left,
    );
    await expect(noSidewaysScroll(canvasElement)).toBe(true);
    // The table scrolls in its own box, a tab stop for the keyboard, keeping its first column.
    const box = canvas.getByRole('table', { name: 'Wide table' }).parentElement;
    if (!box) throw new Error('The table has no box');
    await waitFor(() => expect(box).toHaveAttribute('tabindex', '0'));
    await expect(box.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);
    await expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
    box.scrollLeft = box.scrollWidth;
    const firstCell = canvas.getByRole('cell', { name: 'EID-0001-4A7C' });
    await waitFor(() =>
      expect(firstCell.getBoundingClientRect().left).toBe(box.getBoundingClientRect().left),
    );
    // The unbroken note wraps onto several lines instead of stretching the table.
    const note = canvas.getByRole('cell', { name: LONG_NOTE });
    const lines = document.createRange();
    lines.selectNodeContents(note);
    await expect(lines.getClientRects().length).toBeGreaterThan(1);

    const menu = canvas.getByRole('button', { name: 'Menu' });
    await userEvent.click(menu);
    // The drawer's code arrives on the first tap (P1): wait for it as the user does.
    const nav = await body.findByRole('navigation', { name: 'Areas' });
    await userEvent.click(within(nav).getByRole('link', { name: 'License Manager' }));
    await expect(app.location.history.at(-1)).toBe('/fleet');
    await waitFor(() => expect(menu).toHaveFocus());
  },
};

/** At 1024 px License Manager is in the drawer, in full view, not behind a scroll arrow. */
export const Laptop: Story = {
  globals: atViewport('laptop'),
  play: async ({ canvas, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await expect(
      await canvas.findByRole('button', { name: 'Signed in as Olivia Brandt · Owner' }),
    ).toHaveTextContent('Olivia Brandt · Owner');
    await expect(canvas.getByRole('button', { name: 'Simulation' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Menu' }));
    const manager = within(await body.findByRole('navigation', { name: 'Areas' })).getByRole(
      'link',
      {
        name: 'License Manager',
      },
    );
    const box = manager.getBoundingClientRect();
    await expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    await expect(noSidewaysScroll(canvasElement)).toBe(true);
  },
};

/** At 1440 px the area tabs, the lookup (its icon; the shortcut in its tooltip) and who is signed in share the bar (AU-2). */
export const DesktopWithLookup: Story = {
  globals: atViewport('desktop'),
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('button', { name: 'Signed in as Olivia Brandt · Owner' });
    const lookup = canvas.getByRole('button', { name: 'Look up an ID or name' });
    await expect(lookup).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
    await expect(canvas.getByRole('navigation', { name: 'Areas' })).toBeVisible();
    const bar = canvas.getByRole('banner');
    await expect(bar.scrollWidth).toBeLessThanOrEqual(bar.clientWidth);
    await expect(lookup.getBoundingClientRect().right).toBeLessThanOrEqual(window.innerWidth);
    await expect(noSidewaysScroll(canvasElement)).toBe(true);
    // Neither the product's name nor who is signed in ends in an ellipsis: both fit beside the tabs.
    for (const text of ['License Console', 'Olivia Brandt · Owner']) {
      const words = within(bar).getByText(text, { exact: true });
      await expect(words.scrollWidth, text).toBeLessThanOrEqual(words.clientWidth);
    }
  },
};

/** AppDialog on a phone: full-screen; closing it gives focus back to the button that opened it. */
export const PhoneDialog: Story = {
  globals: atViewport('phone'),
  play: async ({ canvas, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const opener = canvas.getByRole('button', { name: 'Open dialog' });
    await userEvent.click(opener);
    const dialog = await body.findByRole('dialog', { name: 'Two views' });
    const paper = dialog.closest('.MuiDialog-paper') ?? dialog;
    await expect(paper.getBoundingClientRect().width).toBe(window.innerWidth);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(opener).toHaveFocus();
  },
};

/** On a laptop the dialog keeps its top edge when a view of another height replaces the first. */
export const LaptopDialogKeepsItsTop: Story = {
  globals: atViewport('laptop'),
  play: async ({ canvas, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Open dialog' }));
    const dialog = await body.findByRole('dialog', { name: 'Two views' });
    const paper = dialog.closest('.MuiDialog-paper') ?? dialog;
    await waitFor(() => expect(getComputedStyle(paper).opacity).toBe('1'));
    const top = paper.getBoundingClientRect().top;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Other view' }));
    await expect(dialog).toHaveTextContent('Replaced-after-the-flood');
    await expect(paper.getBoundingClientRect().top).toBe(top);
  },
};
