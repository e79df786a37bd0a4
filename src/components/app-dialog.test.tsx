import { useState } from 'react';
import Button from '@mui/material/Button';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { AppDialog } from './app-dialog';

/** A page whose opener goes away while its dialog is open, as a removed row's button does. */
function PageWithDialog({ keepOpener, onePass }: { keepOpener: boolean; onePass: boolean }) {
  const [open, setOpen] = useState(false);
  const [openerGone, setOpenerGone] = useState(false);
  return (
    <main>
      <h1>Devices</h1>
      {!openerGone && <Button onClick={() => setOpen(true)}>Remove device</Button>}
      <AppDialog
        open={open}
        onePass={onePass}
        title="Remove the device?"
        onClose={() => setOpen(false)}
        actions={
          <Button
            onClick={() => {
              if (!keepOpener) setOpenerGone(true);
              setOpen(false);
            }}
          >
            Remove
          </Button>
        }
      >
        It stops counting against the license.
      </AppDialog>
    </main>
  );
}

describe.each([
  { mode: 'MUI’s portal', onePass: false },
  { mode: 'one pass (onePass)', onePass: true },
])('AppDialog in $mode', ({ onePass }) => {
  it('gives focus back to the control that opened it (UX-2)', async () => {
    const { user } = renderWithApp(<PageWithDialog keepOpener onePass={onePass} />);
    await user.click(screen.getByRole('button', { name: 'Remove device' }));
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Remove device' })).toHaveFocus();
  });

  it('gives focus to the page’s heading when that control is gone, never to the body', async () => {
    const { user } = renderWithApp(<PageWithDialog keepOpener={false} onePass={onePass} />);
    await user.click(screen.getByRole('button', { name: 'Remove device' }));
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Devices' })).toHaveFocus());
  });

  it('hides the page behind it from assistive technology, holds focus, and closes on Escape', async () => {
    const { user } = renderWithApp(<PageWithDialog keepOpener onePass={onePass} />);
    await user.click(screen.getByRole('button', { name: 'Remove device' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the device?' });
    // Above the page, not inside it (where an ancestor's overflow or transform would clip it).
    expect(screen.getByRole('main', { hidden: true })).not.toContainElement(dialog);
    expect(screen.queryByRole('heading', { name: 'Devices' })).not.toBeInTheDocument();
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    await user.tab();
    await user.tab();
    expect(dialog.contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { name: 'Devices' })).toBeInTheDocument();
  });
});
