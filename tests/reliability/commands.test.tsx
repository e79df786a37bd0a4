import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { renderWithApp } from '@tests/render';
import { watchRequests } from './requests';

let requests: ReturnType<typeof watchRequests> | undefined;
afterEach(() => requests?.stop());

function waitingLicenseOnMainHall(): string {
  const state = inspect();
  const campus = state.customers.find((c) => c.name === 'P2022-0208');
  const waiting = state.licenses.find(
    (l) => l.customerId === campus?.id && l.activation === null && l.kind === 'capacity',
  );
  if (!waiting) throw new Error('The seed has no license waiting for P2022-0208');
  return waiting.id;
}

describe('R7 — a double click on a command', () => {
  it('starts one activation job: the button is busy after the first click, and the cloud sees one request', async () => {
    requests = watchRequests('POST', '/cms/activation-jobs');
    the.cloud().activationTakes(300);
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: '/?manage=download' });
    const dialog = await screen.findByRole('dialog', { name: /Download Licenses from the Cloud/ });
    const table = await within(dialog).findByRole('table', {
      name: 'Licenses available in the cloud',
      busy: false,
    });
    const licenseId = waitingLicenseOnMainHall();
    await user.click(
      within(table).getByRole('checkbox', { name: `Select ${licenseId} for Main Hall` }),
    );
    await user.dblClick(within(dialog).getByRole('button', { name: 'Activate' }));

    expect(await within(dialog).findByRole('status')).toHaveTextContent(/activat/i);
    await waitFor(() => expect(inspect().activationJobs).toHaveLength(1));
    expect(requests.count).toBe(1);
  });
});

describe('R15 — text that looks like markup or a script', () => {
  const payloads = [
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
  ];

  it.each(payloads)('a note saved as %s is shown as text and runs nothing', async (payload) => {
    const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: '/?manage=licenses' });
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    await within(dialog).findByRole('table', { name: 'Activated licenses', busy: false });
    const empty = within(dialog).getAllByRole('button', { name: /^Add a note to license/ })[0];
    if (!empty) throw new Error('no license without a note');
    await user.click(empty);
    const field = within(dialog).getByRole('textbox', { name: /^Note for license/ });
    await user.click(field);
    await user.paste(payload);
    await user.keyboard('{Enter}');

    expect(
      await within(dialog).findByRole('button', { name: `Edit note: ${payload}` }),
    ).toHaveTextContent(payload);
    await waitFor(() =>
      expect(
        cloud()
          .listActivatedLicenses()
          .some((l) => l.note === payload),
      ).toBe(true),
    );
    expect(document.querySelector('img[src="x"], script, a[href^="javascript"]')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });
});
