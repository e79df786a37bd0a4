import { http, HttpResponse } from 'msw';
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud, resetCloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import { server } from '@mocks/node';
import { CmsDashboardPage } from '@/features/manage-licenses/cms-dashboard-page';
import { AUTO_OPEN_STORAGE_PREFIX } from '@/features/manage-licenses/status/use-auto-open';

/** Manage Licenses opening by itself (SS-2) would cover the dashboard: as if already shown. */
function autoOpenAlreadyShown() {
  for (const user of inspect().users)
    window.sessionStorage.setItem(`${AUTO_OPEN_STORAGE_PREFIX}${user.id}`, 'shown');
}

function controllerId(name: string) {
  const controller = inspect().segmentControllers.find((c) => c.name === name);
  if (!controller) throw new Error(`No segment controller ${name}`);
  return controller.id;
}

/** SS-41 through the model: every capacity and maintenance license of Main Hall goes back. */
function transferMainHall() {
  const id = controllerId('Main Hall');
  const licenses = inspect().licenses.filter((l) => l.activation?.segmentControllerId === id);
  cloud().transferToCloud(
    licenses.map((l) => l.id),
    null,
  );
  return licenses;
}

/** Reads of `path` wait until `release()`, then the cloud answers them as usual. */
function holdReads(path: string) {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(path, async () => {
      await released;
      // Nothing returned: the request goes on to the cloud's own handler.
    }),
  );
  return { release: () => release() };
}

/** Whether the cloud has answered a read whose path ends with `pathEnd`, asked at any time. */
function watchAnswers(pathEnd: string) {
  let answered = false;
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname.endsWith(pathEnd)) answered = true;
  };
  server.events.on('response:mocked', listener);
  onTestFinished(() => server.events.removeListener('response:mocked', listener));
  return () => answered;
}

/** The panel once its table has loaded, all rows, for the segment controller shown. */
async function devicesPanel(controller = 'Main Hall') {
  const panel = await screen.findByRole('region', { name: 'Devices' });
  const table = await within(panel).findByRole('table', { name: `Devices on ${controller}` });
  await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
  return { panel, table };
}

/** The legend's counts, read as a user reads them: state name, then its number. */
function legendCounts(panel: HTMLElement, controller: string) {
  const legend = within(panel).getByRole('list', { name: `Device states on ${controller}` });
  return Object.fromEntries(
    within(legend)
      .getAllByRole('listitem')
      .map((item) => {
        const [, state = '', count = ''] = /^(\D+?)(\d+)/.exec(item.textContent ?? '') ?? [];
        return [state, Number(count)];
      }),
  );
}

function deviceRow(table: HTMLElement, name: string) {
  const cell = within(table).getByRole('cell', { name });
  const row = cell.closest('tr');
  if (!row) throw new Error(`No row for ${name}`);
  return row;
}

/**
 * The per-device Provision buttons (their accessible names add the device name). Found by their
 * text: role queries over 100 buttons are slow in jsdom.
 */
function provisionButtons(panel: HTMLElement) {
  return within(panel).queryAllByText('Provision', { selector: 'button' });
}

describe('Devices panel (SS-42)', () => {
  beforeEach(autoOpenAlreadyShown);

  it('shows the legend with color words and counts, and the first segment controller’s devices', async () => {
    renderWithApp(<CmsDashboardPage />);
    const { panel, table } = await devicesPanel();
    expect(within(panel).getByRole('tab', { name: 'Main Hall', selected: true })).toBeVisible();
    expect(legendCounts(panel, 'Main Hall')).toEqual({
      Provisioned: 124,
      Unprovisioned: 4,
      Unlicensed: 0,
    });
    const legend = within(panel).getByRole('list', { name: 'Device states on Main Hall' });
    expect(legend).toHaveTextContent('Licensed and in use');
    expect(legend).toHaveTextContent('Licensed, waiting to be provisioned');
    expect(legend).toHaveTextContent('Beyond the licensed capacity');

    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Device', 'Protocol', 'State', 'Action']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(128);
    // What needs doing comes first.
    expect(rows[0]).toHaveTextContent('Unprovisioned');
    expect(provisionButtons(panel)).toHaveLength(4);
    expect(within(panel).getByRole('button', { name: 'Provision all (4)' })).toBeEnabled();
    const protocols = new Set(
      rows.map((row) => (row instanceof HTMLTableRowElement ? row.cells[1]?.textContent : null)),
    );
    expect(protocols).toEqual(new Set(['LON', 'BACnet', 'Modbus', 'IOX']));
  });

  it('switches segment controller and keeps the choice in the URL: Plant Room has 25 provisioned and 5 unlicensed', async () => {
    const { user, location } = renderWithApp(<CmsDashboardPage />);
    const { panel } = await devicesPanel();
    await user.click(within(panel).getByRole('tab', { name: 'Plant Room' }));
    const table = await within(panel).findByRole('table', { name: 'Devices on Plant Room' });
    expect(legendCounts(panel, 'Plant Room')).toEqual({
      Provisioned: 25,
      Unprovisioned: 0,
      Unlicensed: 5,
    });
    expect(
      within(table).getAllByText('Activate a capacity license to license this device'),
    ).toHaveLength(5);
    expect(within(panel).getByRole('button', { name: 'Provision all (0)' })).toBeDisabled();
    expect(location.history.at(-1)).toBe(`/?devices=${controllerId('Plant Room')}`);
  });

  it('offers the Owner Manage Licenses filtered to a segment controller with unlicensed devices (SS-75)', async () => {
    const { user, location } = renderWithApp(<CmsDashboardPage />);
    const { panel } = await devicesPanel();
    // Main Hall has none unlicensed: no link there.
    expect(within(panel).queryByRole('button', { name: /^Manage Licenses for/ })).toBeNull();
    await user.click(within(panel).getByRole('tab', { name: 'Plant Room' }));
    await user.click(
      await within(panel).findByRole('button', { name: 'Manage Licenses for Plant Room' }),
    );
    const dialog = await screen.findByRole('dialog', { name: /^Manage Licenses/ });
    expect(
      await within(dialog).findByRole('combobox', { name: 'Segment controller' }),
    ).toHaveTextContent('Plant Room');
    expect(location.history.at(-1)).toContain(`segment=${controllerId('Plant Room')}`);
    const table = await within(dialog).findByRole('table', { name: 'Activated licenses' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveTextContent('Plant Room');
  });

  it('after a transfer shows every Main Hall device unlicensed; a new capacity license makes 100 unprovisioned; provisioning turns them green', async () => {
    const [capacity100] = transferMainHall();
    const { user, queryClient } = renderWithApp(<CmsDashboardPage />);
    const { panel, table } = await devicesPanel();
    expect(legendCounts(panel, 'Main Hall')).toEqual({
      Provisioned: 0,
      Unprovisioned: 0,
      Unlicensed: 128,
    });
    expect(provisionButtons(panel)).toHaveLength(0);

    // SS-42: a new capacity license (100 devices) is activated on Main Hall.
    cloud().startActivation(
      [{ segmentControllerId: controllerId('Main Hall'), licenseId: capacity100?.id ?? '' }],
      null,
    );
    cloud().listActivationJobs();
    await act(() => queryClient.invalidateQueries());
    await waitFor(() =>
      expect(legendCounts(panel, 'Main Hall')).toEqual({
        Provisioned: 0,
        Unprovisioned: 100,
        Unlicensed: 28,
      }),
    );
    expect(provisionButtons(panel)).toHaveLength(100);

    const first = provisionButtons(panel)[0];
    expect(first).toHaveAccessibleName(/^Provision \S/);
    const name = first?.getAttribute('aria-label')?.replace(/^Provision /, '') ?? '';
    await user.click(first ?? panel);
    await waitFor(() =>
      expect(within(deviceRow(table, name)).getByText('Provisioned')).toBeInTheDocument(),
    );
    expect(legendCounts(panel, 'Main Hall')).toEqual({
      Provisioned: 1,
      Unprovisioned: 99,
      Unlicensed: 28,
    });
    // The command settles once the refreshed devices are in.
    await waitFor(() =>
      expect(within(panel).getByRole('status', { name: 'Provisioning' })).toHaveTextContent(
        '1 device provisioned',
      ),
    );

    await user.click(within(panel).getByRole('button', { name: 'Provision all (99)' }));
    await waitFor(() =>
      expect(legendCounts(panel, 'Main Hall')).toEqual({
        Provisioned: 100,
        Unprovisioned: 0,
        Unlicensed: 28,
      }),
    );
    await waitFor(() =>
      expect(within(panel).getByRole('status', { name: 'Provisioning' })).toHaveTextContent(
        '99 devices provisioned',
      ),
    );
    expect(provisionButtons(panel)).toHaveLength(0);
    const mainHall = controllerId('Main Hall');
    const states = inspect()
      .devices.filter((d) => d.segmentControllerId === mainHall)
      .map((d) => d.state);
    expect(states.filter((s) => s === 'provisioned')).toHaveLength(100);
    expect(states.filter((s) => s === 'unlicensed')).toHaveLength(28);
  });

  it('is read-only with the reason for users who are not the Owner (SS-1)', async () => {
    resetCloud().signInAs('Admin');
    renderWithApp(<CmsDashboardPage />);
    const { panel, table } = await devicesPanel();
    expect(panel).toHaveTextContent(
      'Read only: only the Owner can provision devices. You are signed in as Marcus Lee (Admin).',
    );
    expect(provisionButtons(panel)).toHaveLength(0);
    expect(within(panel).queryByRole('button', { name: /^Provision all/ })).not.toBeInTheDocument();
    expect(within(table).getAllByText('Waiting for the Owner to provision it')).toHaveLength(4);
  });

  it('shows the cloud’s message when provisioning is refused', async () => {
    const { user } = renderWithApp(<CmsDashboardPage />);
    const { panel } = await devicesPanel();
    // Someone else signed this browser in as an Admin in the meantime.
    cloud().signInAs('Admin');
    await user.click(within(panel).getByRole('button', { name: 'Provision all (4)' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Only the Owner can manage licenses; you are signed in as Admin.',
    );
    expect(legendCounts(panel, 'Main Hall').Unprovisioned).toBe(4);
  });

  it('shows a busy skeleton while its devices are on their way', async () => {
    const devicesRead = holdReads('*/api/cms/devices');
    renderWithApp(<CmsDashboardPage />);
    const panel = await screen.findByRole('region', { name: 'Devices' });
    expect(within(panel).getByLabelText('Loading devices')).toHaveAttribute('aria-busy', 'true');
    devicesRead.release();
    await devicesPanel();
    expect(within(panel).queryByLabelText('Loading devices')).not.toBeInTheDocument();
  });

  it('appears once License Status above it has its cards, so nothing moves (CLS 0)', async () => {
    const licensesRead = holdReads('*/api/cms/licenses');
    const devicesAnswered = watchAnswers('/api/cms/devices');
    renderWithApp(<CmsDashboardPage />);
    expect(await screen.findByRole('region', { name: 'License Status' })).toBeVisible();
    // Its devices are here; it still waits for the cards above it.
    await waitFor(() => expect(devicesAnswered()).toBe(true));
    expect(screen.queryByRole('region', { name: 'Devices' })).not.toBeInTheDocument();
    licensesRead.release();
    await devicesPanel();
  });

  it('says when a segment controller has no devices', async () => {
    the.segmentController('Parking Garage').withoutDevices();
    const { user } = renderWithApp(<CmsDashboardPage />);
    const { panel } = await devicesPanel();
    await user.click(within(panel).getByRole('tab', { name: 'Parking Garage' }));
    expect(await within(panel).findByText('No devices on Parking Garage')).toBeVisible();
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error with Retry, and the devices once a retry succeeds', async () => {
    server.use(
      http.get(
        '*/api/cms/devices',
        () =>
          HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderWithApp(<CmsDashboardPage />);
    const panel = await screen.findByRole('region', { name: 'Devices' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Devices could not be loaded');
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await devicesPanel();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
  });
});
