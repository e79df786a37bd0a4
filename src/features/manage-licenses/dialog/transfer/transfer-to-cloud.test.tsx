import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { transferToCloudBodySchema } from '@/api/contract/transfers';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import { server } from '@mocks/node';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';

const OPEN = '/?manage=licenses';
const TODAY = '2026-11-23';
const TITLE = 'Transfer licenses to the cloud?';
const TRANSFERRED = `4 licenses transferred to the cloud on ${TODAY}. Their devices are now unlicensed.`;
const LICENSES_ROUTE = '*/api/cms/license-transfers';

function controllerId(name: string) {
  const controller = inspect().segmentControllers.find((c) => c.name === name);
  if (!controller) throw new Error(`No segment controller ${name}`);
  return controller.id;
}

/** The cloud's licenses activated on one segment controller, by kind. */
function activatedOn(name: string) {
  const id = controllerId(name);
  return inspect().licenses.filter((l) => l.activation?.segmentControllerId === id);
}

function devicesOf(name: string) {
  const id = controllerId(name);
  return inspect().devices.filter((d) => d.segmentControllerId === id);
}

/** What a transfer could change: every license and device of the cloud. */
function cloudSnapshot() {
  const { licenses, devices } = inspect();
  return { licenses, devices };
}

async function openList() {
  const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
  const table = await within(dialog).findByRole('table', {
    name: 'Activated licenses',
    busy: false,
  });
  return { dialog, table };
}

async function filterTo(user: UserEvent, dialog: HTMLElement, name: string) {
  await user.click(within(dialog).getByRole('combobox', { name: 'Segment controller' }));
  await user.click(await screen.findByRole('option', { name }));
  await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(`on ${name}`));
}

async function openConfirmation(user: UserEvent, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Transfer to Cloud' }));
  return screen.findByRole('dialog', { name: TITLE });
}

function rowsOf(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

async function expectClosed() {
  await waitFor(() =>
    expect(screen.queryByRole('dialog', { name: TITLE })).not.toBeInTheDocument(),
  );
}

async function expectSuccessMessage(text: string) {
  const message = await screen.findByText(text);
  expect(message.closest('[role="status"]')).toBeInTheDocument();
}

describe('Transfer to Cloud (SS-40 … SS-42)', () => {
  it('is unavailable with all segment controllers listed, because Parking Garage is offline (SS-41)', async () => {
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog } = await openList();
    const action = within(dialog).getByRole('button', { name: 'Transfer to Cloud' });
    expect(action).toHaveAttribute('aria-disabled', 'true');
    expect(action).toHaveAccessibleDescription(/Parking Garage is offline/);
  });

  it('asks first, naming what goes back and that the devices turn purple; Cancel changes nothing (SS-40)', async () => {
    const before = cloudSnapshot();
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openList();
    await filterTo(user, dialog, 'Main Hall');

    const confirmation = await openConfirmation(user, dialog);
    expect(confirmation).toHaveTextContent(
      'This sends 2 capacity and 2 maintenance licenses from Main Hall back to the cloud.',
    );
    expect(confirmation).toHaveTextContent(
      'LON, BACnet and Modbus devices on Main Hall will become unlicensed (purple) and need manual provisioning after a new capacity license is activated.',
    );
    const items = within(
      within(confirmation).getByRole('list', { name: 'Licenses to transfer' }),
    ).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '100-device capacity',
      '50-device capacity',
      '3-year maintenance (100 devices)',
      '1-year maintenance (50 devices)',
    ]);
    const cancel = within(confirmation).getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(cancel).toHaveFocus());
    expect(within(confirmation).getByRole('button', { name: 'Transfer Licenses' })).toBeEnabled();

    await user.click(cancel);
    await expectClosed();
    expect(rowsOf(table)).toHaveLength(4);
    expect(cloudSnapshot()).toEqual(before);
  });

  it('sends the listed licenses back: the rows leave, the cloud has them with today as Transfer Date, the devices turn unlicensed (SS-41, SS-42)', async () => {
    const ids = activatedOn('Main Hall').map((l) => l.id);
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog } = await openList();
    await filterTo(user, dialog, 'Main Hall');
    const confirmation = await openConfirmation(user, dialog);

    await user.click(within(confirmation).getByRole('button', { name: 'Transfer Licenses' }));
    await expectClosed();
    await expectSuccessMessage(TRANSFERRED);
    expect(await within(dialog).findByText('No licenses activated on Main Hall')).toBeVisible();
    const opener = within(dialog).getByRole('button', { name: 'Transfer to Cloud' });
    expect(opener).toHaveAttribute('aria-disabled', 'true');
    // Focus goes back to the action, which now says why there is nothing more to transfer.
    await waitFor(() => expect(opener).toHaveFocus());
    expect(opener).toHaveAccessibleDescription(/.+/);

    const transferred = inspect().licenses.filter((l) => ids.includes(l.id));
    expect(transferred).toHaveLength(4);
    for (const license of transferred) {
      expect(license.activation).toBeNull();
      expect(license.transferDate).toBe(TODAY);
    }
    expect(devicesOf('Main Hall').every((d) => d.state === 'unlicensed')).toBe(true);
    expect(devicesOf('Main Hall')).toHaveLength(128);
    // The other segment controllers keep theirs.
    expect(activatedOn('Plant Room')).toHaveLength(3);
    expect(activatedOn('Parking Garage')).toHaveLength(2);
  });

  it('never sends a core license back: Plant Room returns its capacity and maintenance only', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openList();
    await filterTo(user, dialog, 'Plant Room');
    const confirmation = await openConfirmation(user, dialog);
    expect(confirmation).toHaveTextContent(
      'This sends 1 capacity and 1 maintenance license from Plant Room back to the cloud.',
    );

    await user.click(within(confirmation).getByRole('button', { name: 'Transfer Licenses' }));
    await expectSuccessMessage(
      `2 licenses transferred to the cloud on ${TODAY}. Their devices are now unlicensed.`,
    );
    await waitFor(() => expect(rowsOf(table)).toHaveLength(1));
    expect(rowsOf(table)[0]).toHaveTextContent('SmartServer Core');
    expect(activatedOn('Plant Room').map((l) => l.kind)).toEqual(['core']);
    expect(devicesOf('Plant Room').every((d) => d.state === 'unlicensed')).toBe(true);
  });

  it('sends everything listed when no filter is set and every segment controller is online (SS-41)', async () => {
    the.segmentController('Parking Garage').online();
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openList();
    const confirmation = await openConfirmation(user, dialog);
    expect(confirmation).toHaveTextContent(
      'This sends 4 capacity and 4 maintenance licenses from Main Hall, Plant Room and Parking Garage back to the cloud.',
    );
    expect(
      within(within(confirmation).getByRole('list', { name: 'Licenses to transfer' })).getAllByRole(
        'listitem',
      )[0],
    ).toHaveTextContent('100-device capacity · Main Hall');

    await user.click(within(confirmation).getByRole('button', { name: 'Transfer Licenses' }));
    await expectSuccessMessage(
      `8 licenses transferred to the cloud on ${TODAY}. Their devices are now unlicensed.`,
    );
    await waitFor(() => expect(rowsOf(table)).toHaveLength(1));
    expect(rowsOf(table)[0]).toHaveTextContent('SmartServer Core');
  });

  it('cannot be dismissed while the transfer is under way', async () => {
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.post(
        LICENSES_ROUTE,
        async () => {
          await answered;
          // Falls through to the simulated cloud.
          return undefined;
        },
        { once: true },
      ),
    );
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog } = await openList();
    await filterTo(user, dialog, 'Main Hall');
    const confirmation = await openConfirmation(user, dialog);
    const transfer = within(confirmation).getByRole('button', { name: 'Transfer Licenses' });
    await user.click(transfer);

    await waitFor(() => expect(transfer).toBeDisabled());
    expect(within(confirmation).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: TITLE })).toBeInTheDocument();

    answer();
    await expectClosed();
    await expectSuccessMessage(TRANSFERRED);
  });

  it('keeps the dialog open with the offline path when the segment controller went offline (503), and changes nothing', async () => {
    server.use(
      http.post(
        LICENSES_ROUTE,
        () => {
          // Main Hall loses its connection just before the request arrives.
          the.segmentController('Main Hall').offline();
          return undefined;
        },
        { once: true },
      ),
    );
    const installCode = inspect().segmentControllers.find(
      (c) => c.name === 'Main Hall',
    )?.installCode;
    const before = cloudSnapshot();
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog } = await openList();
    await filterTo(user, dialog, 'Main Hall');
    const confirmation = await openConfirmation(user, dialog);
    await user.click(within(confirmation).getByRole('button', { name: 'Transfer Licenses' }));

    const alert = await within(confirmation).findByRole('alert');
    expect(alert).toHaveTextContent('The licenses were not transferred');
    expect(alert).toHaveTextContent('Main Hall is offline and cannot reach the cloud');
    expect(alert).toHaveTextContent(
      `contact Customer Success with its install code ${installCode}`,
    );
    expect(screen.getByRole('dialog', { name: TITLE })).toBeVisible();
    expect(cloudSnapshot().licenses).toEqual(before.licenses);
    expect(cloudSnapshot().devices).toEqual(before.devices);
  });

  it('says a 500 failed, inline, and leaves everything as it was', async () => {
    server.use(
      http.post(LICENSES_ROUTE, () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
    const before = cloudSnapshot();
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openList();
    await filterTo(user, dialog, 'Main Hall');
    const confirmation = await openConfirmation(user, dialog);
    await user.click(within(confirmation).getByRole('button', { name: 'Transfer Licenses' }));

    expect(await within(confirmation).findByRole('alert')).toHaveTextContent(
      'The licensing cloud had a problem (Database unavailable). Try again.',
    );
    expect(screen.getByRole('dialog', { name: TITLE })).toBeVisible();
    await user.click(within(confirmation).getByRole('button', { name: 'Cancel' }));
    await expectClosed();
    expect(rowsOf(table)).toHaveLength(4);
    expect(cloudSnapshot()).toEqual(before);
  });

  it('after a lost answer says the outcome is unknown; Retry reuses the key, so the cloud applies it once (R10)', async () => {
    // The cloud applies the transfer, then the answer is lost on the way back.
    server.use(
      http.post(
        LICENSES_ROUTE,
        async ({ request }) => {
          const { licenseIds } = transferToCloudBodySchema.parse(await request.json());
          cloud().transferToCloud(licenseIds, request.headers.get('Idempotency-Key'));
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const ids = activatedOn('Main Hall').map((l) => l.id);
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog } = await openList();
    await filterTo(user, dialog, 'Main Hall');
    const confirmation = await openConfirmation(user, dialog);
    await user.click(within(confirmation).getByRole('button', { name: 'Transfer Licenses' }));

    const alert = await within(confirmation).findByRole('alert');
    expect(alert).toHaveTextContent('Outcome unknown');
    expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    // The list was refreshed behind the dialog: the server's truth is that they are gone.
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'The list no longer shows these licenses, so the cloud most likely has them.',
      ),
    );

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await expectClosed();
    await expectSuccessMessage(TRANSFERRED);
    // Applied once: one answer stored under one key, replayed for the retry.
    const keys = Object.keys(inspect().idempotency).filter((id) =>
      id.startsWith('["cms-transfer",'),
    );
    expect(keys).toHaveLength(1);
    for (const license of inspect().licenses.filter((l) => ids.includes(l.id))) {
      expect(license.activation).toBeNull();
      expect(license.transferDate).toBe(TODAY);
    }
  });

  it('uses a new key for each opening of the confirmation', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(LICENSES_ROUTE, ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        return HttpResponse.json(
          { code: 'internal', message: 'Database unavailable' },
          { status: 500 },
        );
      }),
    );
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog } = await openList();
    await filterTo(user, dialog, 'Main Hall');
    for (let opening = 0; opening < 2; opening += 1) {
      const confirmation = await openConfirmation(user, dialog);
      const transfer = within(confirmation).getByRole('button', { name: 'Transfer Licenses' });
      await user.click(transfer);
      await within(confirmation).findByRole('alert');
      await waitFor(() => expect(transfer).toBeEnabled());
      await user.click(transfer);
      await waitFor(() => expect(keys).toHaveLength(2 * opening + 2));
      await waitFor(() => expect(transfer).toBeEnabled());
      await user.click(within(confirmation).getByRole('button', { name: 'Cancel' }));
      await expectClosed();
    }
    const [first, firstRetry, second, secondRetry] = keys;
    expect(firstRetry).toBe(first);
    expect(secondRetry).toBe(second);
    expect(second).not.toBe(first);
  });
});

describe('Transfer to Cloud after another tab moved the licenses (R7)', () => {
  async function confirmAfter(change: (ids: string[]) => void) {
    const ids = activatedOn('Main Hall').map((l) => l.id);
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog } = await openList();
    await filterTo(user, dialog, 'Main Hall');
    const confirmation = await openConfirmation(user, dialog);
    change(ids);
    const before = cloudSnapshot();
    await user.click(within(confirmation).getByRole('button', { name: 'Transfer Licenses' }));
    const alert = await within(confirmation).findByRole('alert');
    expect(alert).toHaveTextContent('The licenses changed meanwhile');
    expect(alert).toHaveTextContent(
      'The list now shows what is on this CMS: cancel, check it and transfer again if needed.',
    );
    expect(cloudSnapshot()).toEqual(before);
    return { user, dialog, confirmation, alert, ids };
  }

  it('says they are already in the cloud, and the list shows it', async () => {
    const { user, dialog, confirmation, alert, ids } = await confirmAfter((ids) =>
      cloud().transferToCloud(ids, null),
    );
    expect(alert).toHaveTextContent(
      `License ${ids[0]} is no longer activated on this CMS: it is already in the cloud (sent back meanwhile, perhaps from another tab). Nothing was transferred.`,
    );
    await user.click(within(confirmation).getByRole('button', { name: 'Cancel' }));
    await expectClosed();
    expect(await within(dialog).findByText('No licenses activated on Main Hall')).toBeVisible();
  });

  it('says one is being activated right now, and leaves it to the activation', async () => {
    the.cloud().activationTakes(60_000);
    let moved = '';
    const { user, dialog, confirmation, alert } = await confirmAfter((ids) => {
      moved = ids[0] ?? '';
      cloud().transferToCloud([moved], null);
      cloud().startActivation(
        [{ segmentControllerId: controllerId('Main Hall'), licenseId: moved }],
        null,
      );
    });
    expect(alert).toHaveTextContent(
      `License ${moved} is being activated right now, so transferring it to the cloud is not possible. Wait until the activation has finished.`,
    );
    await user.click(within(confirmation).getByRole('button', { name: 'Cancel' }));
    await expectClosed();
    const { table } = await openList();
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3));
    expect(within(dialog).queryByText(moved)).not.toBeInTheDocument();
  });
});
