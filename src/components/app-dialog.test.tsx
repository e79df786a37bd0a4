import { useState } from 'react';
import Button from '@mui/material/Button';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { AppDialog } from './app-dialog';

/** A page whose opener goes away while its dialog is open, as a removed row's button does. */
function PageWithDialog({ keepOpener }: { keepOpener: boolean }) {
  const [open, setOpen] = useState(false);
  const [openerGone, setOpenerGone] = useState(false);
  return (
    <main>
      <h1>Devices</h1>
      {!openerGone && <Button onClick={() => setOpen(true)}>Remove device</Button>}
      <AppDialog
        open={open}
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

describe('AppDialog gives focus back when it closes (UX-2)', () => {
  it('to the control that opened it', async () => {
    const { user } = renderWithApp(<PageWithDialog keepOpener />);
    await user.click(screen.getByRole('button', { name: 'Remove device' }));
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Remove device' })).toHaveFocus();
  });

  it('to the page’s heading when that control is gone, never to the body', async () => {
    const { user } = renderWithApp(<PageWithDialog keepOpener={false} />);
    await user.click(screen.getByRole('button', { name: 'Remove device' }));
    await user.click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Devices' })).toHaveFocus());
  });
});
