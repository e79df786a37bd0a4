import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import { server } from '@mocks/node';
import { licenseQueries } from '@/api/licenses';
import { ActivationJobNotice } from '@/features/manage-licenses/activation/activation-job-notice';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';

const OPEN = '/?manage=download';
const TABLE = 'Licenses available in the cloud';
const TODAY = '2026-11-23';

/** The seed's licenses waiting for Customer ID "P2022-0208" (saved on Main Hall and Parking Garage). */
function seed() {
  const state = inspect();
  const found = <T,>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`Seed has no ${what}`);
    return value;
  };
  const campus = found(
    state.customers.find((c) => c.name === 'P2022-0208'),
    'campus customer',
  );
  const waiting = state.licenses.filter(
    (l) => l.customerId === campus.id && l.activation === null && l.supersededBy === null,
  );
  const kind = (k: string, termYears: number | null) =>
    found(
      waiting.find((l) => l.kind === k && l.termYears === termYears),
      `${k} ${termYears}`,
    ).id;
  const controller = (name: string) =>
    found(
      state.segmentControllers.find((c) => c.name === name),
      name,
    );
  return {
    campusId: campus.id,
    capacity: kind('capacity', null),
    oneYear: kind('maintenance', 1),
    threeYear: kind('maintenance', 3),
    mainHall: controller('Main Hall'),
    garage: controller('Parking Garage'),
    plantRoom: controller('Plant Room'),
    /** As the cloud holds it now. */
    license: (id: string) =>
      found(
        inspect().licenses.find((l) => l.id === id),
        id,
      ),
  };
}

async function openDownload() {
  const dialog = await screen.findByRole('dialog', { name: /Download Licenses from the Cloud/ });
  const table = await within(dialog).findByRole('table', { name: TABLE, busy: false });
  return { dialog, table };
}

const GARAGE_OFFLINE =
  'Parking Garage is offline: it cannot receive licenses until it reaches the cloud.';

const mark = (table: HTMLElement, licenseId: string, segment: string) =>
  within(table).getByRole('checkbox', { name: `Select ${licenseId} for ${segment}` });

const queryMark = (table: HTMLElement, licenseId: string, segment: string) =>
  within(table).queryByRole('checkbox', { name: `Select ${licenseId} for ${segment}` });

const rowOf = (checkbox: HTMLElement) => {
  const row = checkbox.closest('tr');
  if (!row) throw new Error('Not in a row');
  return row;
};

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('Download Licenses from the Cloud: the list (SS-30, SS-31)', () => {
  it('shows the exact columns and each license once, with where it can go (SS-76)', async () => {
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { table } = await openDownload();
    const { capacity } = seed();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['', 'Segment Controller', 'License ID', 'Transfer Date', 'Description']);
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(3);
    expect(cells(rowOf(mark(table, capacity, 'Main Hall')))).toEqual([
      '',
      `Main Hall${GARAGE_OFFLINE}`,
      capacity,
      '2026-11-02',
      '100-device capacity',
    ]);
    // Parking Garage saved the same Customer ID but is offline: shown, with the reason, not choosable.
    expect(mark(table, capacity, 'Main Hall')).toHaveAccessibleDescription(GARAGE_OFFLINE);
    expect(
      within(table).getAllByRole('button', { name: /^Copy License ID [0-9a-f-]{36}$/ }),
    ).toHaveLength(3);
  });

  it('opens the History of a license still in the cloud, its purchase first (AU-1)', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { table } = await openDownload();
    const { capacity } = seed();
    await user.click(within(table).getByRole('button', { name: `History of license ${capacity}` }));
    const history = await screen.findByRole('dialog', { name: `History of license ${capacity}` });
    const events = await within(history).findByRole('table', { name: 'Events', busy: false });
    expect(within(events).getAllByRole('row')[1]).toHaveTextContent(/Purchased with PO-/);
  });

  it('gives maintenance the expiry it would have if activated today (SS-13)', async () => {
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { table } = await openDownload();
    const { oneYear, threeYear } = seed();
    expect(cells(rowOf(mark(table, oneYear, 'Main Hall')))[4]).toBe(
      '1-year maintenance (100 devices) · expires 2027-11-22 if activated today',
    );
    const returned = cells(rowOf(mark(table, threeYear, 'Main Hall')));
    expect(returned[3]).toBe('2026-09-30');
    expect(returned[4]).toBe(
      '3-year maintenance (50 devices) · expires 2029-02-28 if activated today',
    );
  });

  it('shows a busy skeleton while loading', async () => {
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const dialog = await screen.findByRole('dialog', { name: /Download Licenses/ });
    expect(within(dialog).getByRole('table', { name: TABLE })).toHaveAttribute('aria-busy', 'true');
    await openDownload();
  });

  it('shows an error with Retry, and the rows once a retry succeeds', async () => {
    server.use(
      http.get(
        '*/api/cms/cloud-licenses',
        () =>
          HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Licenses in the cloud could not be loaded');
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    const { table } = await openDownload();
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(3);
  });
});

describe('Download Licenses from the Cloud: selection (SS-32)', () => {
  it('selects with a click and with Space, and says so in ARIA and text', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { capacity, oneYear } = seed();
    const first = mark(table, capacity, 'Main Hall');
    expect(first).not.toBeChecked();
    expect(rowOf(first)).toHaveAttribute('aria-selected', 'false');

    await user.click(first);
    expect(first).toBeChecked();
    expect(rowOf(first)).toHaveAttribute('aria-selected', 'true');
    expect(within(dialog).getByText('1 selected')).toBeVisible();

    // From one row's check mark, past its copy and History buttons, to the next row's check mark.
    await user.tab();
    await user.tab();
    expect(
      within(table).getByRole('button', { name: `History of license ${capacity}` }),
    ).toHaveFocus();
    await user.tab();
    const second = mark(table, oneYear, 'Main Hall');
    expect(second).toHaveFocus();
    await user.keyboard(' ');
    expect(second).toBeChecked();
    expect(within(dialog).getByText('2 selected')).toBeVisible();
    await user.keyboard(' ');
    expect(second).not.toBeChecked();
  });

  it('selects all from the header, which is mixed when only some are selected', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { capacity } = seed();
    const all = within(table).getByRole('checkbox', { name: 'Select all licenses' });
    const activate = within(dialog).getByRole('button', { name: 'Activate' });
    expect(activate).toBeDisabled();

    await user.click(all);
    expect(within(table).getAllByRole('checkbox', { checked: true })).toHaveLength(4);
    expect(within(dialog).getByText('3 selected')).toBeVisible();
    expect(activate).toBeEnabled();

    await user.click(mark(table, capacity, 'Main Hall'));
    expect(all).toBePartiallyChecked();
    expect(within(dialog).getByText('2 selected')).toBeVisible();

    await user.click(all);
    expect(all).toBeChecked();
    await user.click(all);
    expect(within(table).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
    expect(activate).toBeDisabled();
  });

  it('warns before activating when coverage would break (SS-12, SS-35), without blocking', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { capacity, oneYear } = seed();
    await user.click(mark(table, capacity, 'Main Hall'));
    expect(
      await within(dialog).findByText(
        'After activation on Main Hall: Maintenance covers 150 of 250 devices; 100 more needed.',
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Activate' })).toBeEnabled();

    await user.click(mark(table, oneYear, 'Main Hall'));
    expect(within(dialog).queryByText(/After activation on Main Hall/)).not.toBeInTheDocument();
  });

  it('marks an unselected row with an empty ring, a selected one with a check (SS-32)', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { table } = await openDownload();
    const { capacity } = seed();
    const ring = () => rowOf(mark(table, capacity, 'Main Hall')).querySelector('svg');
    expect(ring()?.querySelector('path')).toBeNull();
    await user.click(mark(table, capacity, 'Main Hall'));
    expect(ring()?.querySelector('path')).not.toBeNull();
  });
});

describe('Download Licenses from the Cloud: where each license goes (SS-76)', () => {
  it('offers every online segment controller that saved the Customer ID, and activates where chosen', async () => {
    the.segmentController('Parking Garage').online();
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { capacity, garage, license } = seed();
    const target = within(table).getByRole('combobox', {
      name: `Segment controller for ${capacity}`,
    });
    expect(
      within(target)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Main Hall', 'Parking Garage']);
    await user.selectOptions(target, 'Parking Garage');
    await user.click(mark(table, capacity, 'Parking Garage'));
    await user.click(within(dialog).getByRole('button', { name: 'Activate' }));

    const result = await within(dialog).findByRole('status');
    await waitFor(() => expect(result).toHaveTextContent('1 of 1 license activated'));
    expect(result).toHaveTextContent(`Activated on Parking Garage: ${capacity}`);
    expect(license(capacity).activation?.segmentControllerId).toBe(garage.id);
  });

  it('cannot select a license whose segment controllers are all offline, and says why', async () => {
    the.segmentController('Main Hall').offline();
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { capacity } = seed();
    const blocked = within(table).getByRole('checkbox', { name: `Select ${capacity}` });
    expect(blocked).toBeDisabled();
    expect(blocked).toHaveAccessibleDescription(
      'Main Hall and Parking Garage are offline and cannot reach the cloud: connect it to activate this license, or use an offline license file.',
    );
    expect(within(table).getByRole('checkbox', { name: 'Select all licenses' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Activate' })).toBeDisabled();
  });
});

describe('Download Licenses from the Cloud: ACTIVATE (SS-33, SS-34)', () => {
  it('activates two licenses; they leave this list and appear in the main list with today’s date', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { capacity, oneYear, mainHall, license } = seed();
    await user.click(mark(table, capacity, 'Main Hall'));
    await user.click(mark(table, oneYear, 'Main Hall'));
    await user.click(within(dialog).getByRole('button', { name: 'Activate' }));

    const result = await within(dialog).findByRole('status');
    // Focus follows the action to its progress, then its result, never to the page.
    await waitFor(() => expect(result).toHaveFocus());
    await waitFor(() => expect(result).toHaveTextContent('2 of 2 licenses activated'));
    expect(result).toHaveTextContent(`Activated on Main Hall: ${capacity}, ${oneYear}`);
    await waitFor(() => expect(queryMark(table, capacity, 'Main Hall')).not.toBeInTheDocument());
    expect(queryMark(table, oneYear, 'Main Hall')).not.toBeInTheDocument();
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(1);
    expect(license(capacity).activation).toMatchObject({
      segmentControllerId: mainHall.id,
      activationDate: TODAY,
    });

    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    const list = await screen.findByRole('table', { name: 'Activated licenses', busy: false });
    const activatedToday = within(list)
      .getAllByRole('row')
      .slice(1)
      .map(cells)
      .filter((row) => row[3] === TODAY);
    expect(activatedToday.map((row) => [row[0], row[1], row[4]])).toEqual(
      expect.arrayContaining([
        ['Main Hall', '100-device capacity', capacity],
        ['Main Hall', '1-year maintenance (100 devices)', oneYear],
      ]),
    );
  });

  it('reports a partial failure with the reason next to the row, which stays selected (SS-34, SS-35)', async () => {
    the.segmentController('Parking Garage').online();
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { capacity, oneYear, license } = seed();
    await user.click(mark(table, capacity, 'Main Hall'));
    await user.selectOptions(
      within(table).getByRole('combobox', { name: `Segment controller for ${oneYear}` }),
      'Parking Garage',
    );
    await user.click(mark(table, oneYear, 'Parking Garage'));
    // Parking Garage loses its connection after the list was shown: the cloud refuses its license.
    the.segmentController('Parking Garage').offline();
    await user.click(within(dialog).getByRole('button', { name: 'Activate' }));

    const status = await within(dialog).findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('1 of 2 licenses activated'));
    expect(status).toHaveTextContent(`Activated on Main Hall: ${capacity}`);
    const failed = mark(table, oneYear, 'Parking Garage');
    expect(failed).toBeChecked();
    expect(rowOf(failed)).toHaveTextContent('Failed');
    expect(rowOf(failed)).toHaveTextContent(
      'Parking Garage is offline and cannot reach the cloud. Connect it, or use an offline license file.',
    );
    await waitFor(() => expect(queryMark(table, capacity, 'Main Hall')).not.toBeInTheDocument());
    expect(license(oneYear).activation).toBeNull();
    expect(license(capacity).activation?.activationDate).toBe(TODAY);
    // The failed license can be tried again, on the controller that is still online.
    expect(within(dialog).getByText('1 selected')).toBeVisible();
    const activate = within(dialog).getByRole('button', { name: 'Activate' });
    expect(activate).toBeEnabled();

    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    expect(within(dialog).queryByRole('status')).not.toBeInTheDocument();
    expect(activate).toHaveFocus();
    expect(rowOf(failed)).not.toHaveTextContent('Failed');
    await waitFor(() => expect(mark(table, oneYear, 'Main Hall')).toBeChecked());
  });

  it('shows a running job’s progress, and finds it again after a reload (R5)', async () => {
    const { capacity, oneYear, threeYear } = seed();
    the.cloud().activationTakes(60_000);
    const first = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    await first.user.click(mark(table, capacity, 'Main Hall'));
    await first.user.click(mark(table, oneYear, 'Main Hall'));
    await first.user.click(within(dialog).getByRole('button', { name: 'Activate' }));

    const expectRunning = async (where: HTMLElement, rows: HTMLElement) => {
      const progress = await within(where).findByRole('progressbar', {
        name: 'Activating 1 of 2…',
      });
      expect(progress).toHaveAttribute('aria-valuenow', '0');
      expect(rowOf(mark(rows, capacity, 'Main Hall'))).toHaveTextContent('Activating…');
      expect(rowOf(mark(rows, oneYear, 'Main Hall'))).toHaveTextContent('Pending');
      expect(mark(rows, capacity, 'Main Hall')).toBeDisabled();
      // The rest stays usable.
      expect(mark(rows, threeYear, 'Main Hall')).toBeEnabled();
    };
    await expectRunning(dialog, table);
    expect(inspect().activationJobs[0]?.status).toBe('running');

    first.unmount();
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const reopened = await openDownload();
    await expectRunning(reopened.dialog, reopened.table);
    expect(inspect().activationJobs).toHaveLength(1);
  });

  it('says when another tab is already activating the same licenses, and shows that job (R7)', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { capacity, mainHall } = seed();
    the.cloud().activationTakes(60_000);
    cloud().startActivation(
      [{ segmentControllerId: mainHall.id, licenseId: capacity }],
      'from-another-tab',
    );

    await user.click(mark(table, capacity, 'Main Hall'));
    await user.click(within(dialog).getByRole('button', { name: 'Activate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'These licenses are already being activated.',
    );
    expect(
      await within(dialog).findByRole('progressbar', { name: 'Activating 1 of 1…' }),
    ).toBeVisible();
    expect(inspect().activationJobs).toHaveLength(1);
  });

  it('shows the 409 message whatever the cloud’s wording', async () => {
    server.use(
      http.post('*/api/cms/activation-jobs', () =>
        HttpResponse.json({ code: 'conflict', message: 'Conflict' }, { status: 409 }),
      ),
    );
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const { dialog, table } = await openDownload();
    const { threeYear } = seed();
    await user.click(mark(table, threeYear, 'Main Hall'));
    await user.click(within(dialog).getByRole('button', { name: 'Activate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'These licenses are already being activated.',
    );
    expect(seed().license(threeYear).activation).toBeNull();
  });
});

describe('Download Licenses from the Cloud: empty states (SS-36)', () => {
  it('says when nothing is waiting for the saved Customer ID', async () => {
    const { campusId } = seed();
    the.cloud().withoutLicenses((l) => l.customerId === campusId && !l.activation);
    renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const dialog = await screen.findByRole('dialog', { name: /Download Licenses/ });
    const message = await within(dialog).findByText(
      (_, element) =>
        element?.tagName === 'P' &&
        (element.textContent ?? '').startsWith(
          `No licenses are available for Customer ID ${campusId}.`,
        ),
    );
    expect(message).toHaveTextContent('Saved on Main Hall and Parking Garage.');
    expect(within(dialog).queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers Manage Customer Accounts when no segment controller has a Customer ID', async () => {
    the.cloud().withoutSavedCustomerIds();
    const { user, location } = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
    const dialog = await screen.findByRole('dialog', { name: /Download Licenses/ });
    expect(
      await within(dialog).findByText('No segment controller has a saved Customer ID'),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Manage Customer Accounts' }));
    expect(location.history.at(-1)).toBe('/?manage=customer-accounts');
  });
});

/** What a dashboard would show: how many licenses are activated on a segment controller. */
function ActivatedCount({ segmentControllerId }: { segmentControllerId: string }) {
  const licenses = useQuery(licenseQueries.activated());
  const count = licenses.data?.filter((l) => l.segmentControllerId === segmentControllerId).length;
  return <p>{count === undefined ? 'Loading' : `${count} licenses on Main Hall`}</p>;
}

describe('ActivationJobNotice (R5)', () => {
  it('follows a job outside the dialog and refreshes the lists once it ends', async () => {
    const { capacity, mainHall, license } = seed();
    the.cloud().activationTakes(60_000);
    cloud().startActivation([{ segmentControllerId: mainHall.id, licenseId: capacity }], null);
    const { user, location } = renderWithApp(
      <>
        <ActivatedCount segmentControllerId={mainHall.id} />
        <ActivationJobNotice />
      </>,
    );
    expect(await screen.findByText('License activation: Activating 1 of 1…')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'License activation progress' })).toBeVisible();
    expect(screen.getByText('4 licenses on Main Hall')).toBeVisible();

    the.cloud().activationTakes(0);
    const result = await screen.findByText('1 of 1 license activated');
    expect(result.closest('[role="status"]')).not.toBeNull();
    expect(await screen.findByText('5 licenses on Main Hall')).toBeVisible();
    expect(license(capacity).activation?.activationDate).toBe(TODAY);

    await user.click(screen.getByRole('button', { name: 'Details' }));
    expect(location.history.at(-1)).toBe('/?manage=download');
    expect(screen.queryByText('1 of 1 license activated')).not.toBeInTheDocument();
  });

  it('stays hidden for a user who may not manage licenses', async () => {
    const { capacity, mainHall } = seed();
    the.cloud().activationTakes(60_000);
    cloud().startActivation([{ segmentControllerId: mainHall.id, licenseId: capacity }], null);
    cloud().signInAs('Admin');
    renderWithApp(
      <>
        <ActivatedCount segmentControllerId={mainHall.id} />
        <ActivationJobNotice />
      </>,
    );
    expect(await screen.findByText('4 licenses on Main Hall')).toBeVisible();
    expect(screen.queryByText(/License activation/)).not.toBeInTheDocument();
  });
});
