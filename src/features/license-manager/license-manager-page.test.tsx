import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import type { SensorRecord } from '@mocks/cloud/state';
import { USED_ACTIVATION_CODE, VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import { server } from '@mocks/node';
import { assignBodySchema } from '@/api/contract/fleet';
import { LicenseManagerPage } from './license-manager-page';
import { enterText } from '@tests/enter-text';

// jsdom lays nothing out: give the table's scroll box a height so the virtualizer renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

function renderFleet(url = '/fleet') {
  return renderWithApp(<LicenseManagerPage />, { url });
}

async function findSensorTable() {
  return screen.findByRole('table', { name: 'Sensors', busy: false });
}

function bodyRows(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

function seedSensor(predicate: (s: SensorRecord) => boolean) {
  const sensor = inspect().fleet.sensors.find(predicate);
  if (!sensor) throw new Error('The seed has no such sensor');
  return sensor;
}

const running = () =>
  seedSensor((s) => s.current !== null && s.current.endDate > '2027-01-01' && s.queue.length === 0);

describe('License Manager table (LM-3, LM-8)', () => {
  it('shows the exact columns, sorted by Expires at ascending, expired first', async () => {
    renderFleet();
    const table = await findSensorTable();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Sensor serial number / name',
      'Activation date',
      'Expires at',
      'Key',
      'Add License',
      'Auto Renewal',
    ]);
    expect(within(table).getByRole('columnheader', { name: /Expires at/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(table).toHaveAttribute('aria-rowcount', '41');
    const first = bodyRows(table)[0];
    expect(first).toHaveTextContent(/Expired \d+ days ago/);
    expect(first).toHaveTextContent(/LK-[0-9A-F]{4}-[0-9A-F]{4} \(1\)/);
    expect(screen.getByText('40 of 40 sensors')).toBeVisible();
  });

  it('keeps search, status, location and order in the address', async () => {
    const { user, location } = renderFleet();
    await findSensorTable();
    await enterText(
      user,
      screen.getByRole('searchbox', { name: 'Search serial number or name' }),
      'freezer',
    );
    await waitFor(() => expect(location.history.at(-1)).toBe('/fleet?search=freezer'));
    await user.click(screen.getByRole('button', { name: /^Expired \(/ }));
    await user.click(screen.getByRole('button', { name: 'Sensor serial number / name' }));
    await waitFor(() =>
      expect(location.history.at(-1)).toBe('/fleet?search=freezer&status=expired&sort=sensor'),
    );
    const table = await findSensorTable();
    await waitFor(() => expect(bodyRows(table).length).toBeGreaterThan(0));
    for (const row of bodyRows(table)) {
      expect(row).toHaveTextContent(/Freezer/);
      expect(row).toHaveTextContent(/Expired/);
    }
    expect(screen.getByText(`${bodyRows(table).length} of 40 sensors`)).toBeVisible();
  });

  it('opens a shared link with its filters, and offers to clear a search that matches nothing', async () => {
    const { user, location } = renderFleet('/fleet?search=nothing-like-this&location=Office');
    expect(await screen.findByText('No sensors match')).toBeVisible();
    expect(screen.getByRole('searchbox', { name: 'Search serial number or name' })).toHaveValue(
      'nothing-like-this',
    );
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/fleet'));
    expect(bodyRows(await findSensorTable()).length).toBeGreaterThan(5);
  });

  it('refuses a search longer than 100 characters next to the field, and sends nothing', async () => {
    const { user, location } = renderFleet();
    await findSensorTable();
    const search = screen.getByRole('searchbox', { name: 'Search serial number or name' });
    await user.click(search);
    await user.paste('x'.repeat(101));
    expect(await screen.findByText('Search for at most 100 characters.')).toBeVisible();
    expect(search).toHaveAttribute('aria-invalid', 'true');
    expect(location.history.at(-1)).toBe('/fleet');
  });

  it('says so when the cloud cannot list the sensors, and retries', async () => {
    server.use(
      http.get('*/api/fleet/sensors/page', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable.' }, { status: 500 }),
      ),
    );
    const { user } = renderFleet();
    expect(await screen.findByText('The sensors could not be loaded')).toBeVisible();
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(bodyRows(await findSensorTable()).length).toBeGreaterThan(0);
  });
});

describe('Activation codes (LM-2)', () => {
  async function submitCode(code: string) {
    const view = renderFleet();
    expect(await screen.findByText('Licenses left: 5')).toBeVisible();
    await view.user.click(screen.getByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add licenses' });
    await view.user.type(within(dialog).getByRole('textbox', { name: 'Activation Code' }), code);
    await view.user.click(within(dialog).getByRole('button', { name: 'Add' }));
    return { ...view, dialog };
  }

  it('adds a good code’s licenses to the pool (lower case accepted)', async () => {
    await submitCode(VALID_ACTIVATION_CODE.toLowerCase());
    expect(await screen.findByText('Licenses left: 10')).toBeVisible();
    expect(await screen.findByText(/5 licenses × 24 months added to the pool/)).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Add licenses' })).not.toBeInTheDocument(),
    );
  });

  it.each([
    [USED_ACTIVATION_CODE, /was already used on 2026-03-02/],
    ['ZZZZ-0000-ZZZZ-0000', /is not known/],
  ])('shows the cloud’s refusal of %s on the field and keeps the text', async (code, message) => {
    const { dialog } = await submitCode(code);
    expect(await within(dialog).findByText(message)).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: 'Activation Code' })).toHaveValue(code);
    expect(inspect().fleet.pool).toHaveLength(5);
  });

  it('accepts a code typed with spaces and in lower case, and shows how it reads it', async () => {
    const view = renderFleet();
    expect(await screen.findByText('Licenses left: 5')).toBeVisible();
    await view.user.click(screen.getByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add licenses' });
    const field = within(dialog).getByRole('textbox', { name: 'Activation Code' });
    await view.user.type(field, ` ${USED_ACTIVATION_CODE.toLowerCase().replaceAll('-', ' ')}`);
    expect(field).toHaveAccessibleDescription(`Reads as ${USED_ACTIVATION_CODE}.`);
    await view.user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText(/was already used on 2026-03-02/)).toBeVisible();
    expect(field).toHaveValue(USED_ACTIVATION_CODE);
  });

  it('explains a malformed code without asking the cloud', async () => {
    const { dialog } = await submitCode('EF7Q-2K9M');
    expect(await within(dialog).findByText(/four groups of four letters or digits/)).toBeVisible();
    expect(
      inspect().fleet.activationCodes.find((c) => c.code === VALID_ACTIVATION_CODE)?.usedAt,
    ).toBeNull();
  });
});

describe('Assigning and queueing (LM-5)', () => {
  it('queues a license on a sensor whose license is running, with its dates', async () => {
    const sensor = running();
    const { user } = renderFleet(`/fleet?search=${sensor.serial}`);
    const table = await findSensorTable();
    await waitFor(() => expect(bodyRows(table)).toHaveLength(1));
    await user.click(
      within(table).getByRole('button', {
        name: `Add license to ${sensor.name} (${sensor.serial})`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Add license to/ });
    await user.click(
      within(dialog).getByRole('radio', { name: /LK-7B10-90DE · 12 months · 2 left/ }),
    );
    const start = new Date(`${sensor.current?.endDate}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() + 1);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `Queued: starts ${start.toISOString().slice(0, 10)}`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Queue license' }));
    expect(await screen.findByText(/License queued on/)).toBeVisible();
    expect(await screen.findByText('Licenses left: 4')).toBeVisible();
    expect(seedSensor((s) => s.serial === sensor.serial).queue).toHaveLength(1);
    expect(await within(table).findByText('1 queued')).toBeVisible();
  });

  it('makes a license current at once on a sensor without one', async () => {
    const sensor = seedSensor((s) => s.current === null);
    const { user } = renderFleet(`/fleet?search=${sensor.serial}`);
    const table = await findSensorTable();
    await user.click(
      await within(table).findByRole('button', {
        name: `Add license to ${sensor.name} (${sensor.serial})`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Add license to/ });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Current from today: 2026-11-23');
    await user.click(within(dialog).getByRole('button', { name: 'Add license' }));
    expect(await within(table).findByText('2026-11-23')).toBeVisible();
    expect(seedSensor((s) => s.serial === sensor.serial).current?.startDate).toBe('2026-11-23');
  });

  it('shows the cloud’s refusal when the pool emptied meanwhile, and keeps the dialog', async () => {
    const sensor = running();
    const { user } = renderFleet(`/fleet?search=${sensor.serial}`);
    const table = await findSensorTable();
    await user.click(
      await within(table).findByRole('button', {
        name: `Add license to ${sensor.name} (${sensor.serial})`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Add license to/ });
    the.fleet().withEmptyPool();
    await user.click(within(dialog).getByRole('button', { name: 'Queue license' }));
    expect(
      await within(dialog).findByText(/No licenses of key LK-3F9A-22C1 are left/),
    ).toBeVisible();
    // R7: the refusal refreshed the pool, so the dialog and the header show the cloud's truth.
    expect(
      await within(dialog).findByText(
        'No licenses left in the pool. Add an Activation Code first.',
      ),
    ).toBeVisible();
    expect(await screen.findByText('Licenses left: 0')).toBeVisible();
    expect(seedSensor((s) => s.serial === sensor.serial).queue).toHaveLength(0);
  });

  it('disables "+" with the reason when no licenses are left', async () => {
    the.fleet().withEmptyPool();
    renderFleet();
    const table = await findSensorTable();
    expect(await screen.findByText('Licenses left: 0')).toBeVisible();
    const add = within(table).getAllByRole('button', { name: /^Add license to/ })[0];
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('No licenses left: add an Activation Code first.');
  });

  it('removes a queued license back to the pool after confirmation', async () => {
    const sensor = seedSensor((s) => s.queue.length === 2);
    const { user } = renderFleet(`/fleet?sensor=${sensor.serial}`);
    const panel = await screen.findByRole('dialog', { name: sensor.name });
    const queue = await within(panel).findByRole('list', { name: 'Queued licenses' });
    const [first, second] = sensor.queue;
    expect(queue).toHaveTextContent(`Starts ${first?.startDate} · ends ${first?.endDate}`);
    expect(queue).toHaveTextContent(`Starts ${second?.startDate} · ends ${second?.endDate}`);
    await user.click(within(queue).getByRole('button', { name: /queued license 1 \(/ }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove the queued license?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove to pool' }));
    expect(await screen.findByText('Licenses left: 6')).toBeVisible();
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    // The later license moved up: it now starts where the removed one did.
    expect(within(panel).getByRole('list', { name: 'Queued licenses' })).toHaveTextContent(
      `Starts ${first?.startDate}`,
    );
  });

  it('tells what an expired sensor means (LM-4)', async () => {
    const sensor = seedSensor((s) => s.current !== null && s.current.endDate < '2026-11-23');
    renderFleet(`/fleet?sensor=${sensor.serial}`);
    const panel = await screen.findByRole('dialog', { name: sensor.name });
    expect(
      await within(panel).findByText(
        /New measurements are not saved; the sensor’s history and past alerts stay visible/,
      ),
    ).toBeVisible();
  });
});

describe('Auto Renewal (LM-3, LM-6)', () => {
  it('turns off at once and in the cloud', async () => {
    const sensor = running();
    const { user } = renderFleet(`/fleet?search=${sensor.serial}`);
    const table = await findSensorTable();
    const toggle = await within(table).findByRole('switch', {
      name: `Auto Renewal for ${sensor.name} (${sensor.serial})`,
    });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    await waitFor(() =>
      expect(seedSensor((s) => s.serial === sensor.serial).autoRenewal).toBe(false),
    );
  });

  it('ends on the last of five quick toggles, on screen and in the cloud, whatever the latency (R9)', async () => {
    // Each request waits 0–600 ms before the cloud applies it: sent all at once, the fourth
    // (on) would land last; sent one after another, the fifth (off) does.
    const delays = [100, 300, 50, 600, 0];
    const sent: unknown[] = [];
    server.use(
      http.put('*/api/fleet/sensors/:serial/auto-renewal', async ({ request }) => {
        sent.push(await request.clone().json());
        await new Promise((resolve) => setTimeout(resolve, delays[(sent.length - 1) % 5]));
        return undefined;
      }),
    );
    // Counted once the cloud has answered, i.e. applied the change.
    let applied = 0;
    const countApplied = ({ request }: { request: Request }) => {
      if (request.method === 'PUT' && request.url.endsWith('/auto-renewal')) applied += 1;
    };
    server.events.on('response:mocked', countApplied);
    onTestFinished(() => server.events.removeListener('response:mocked', countApplied));
    const sensor = running();
    const { user } = renderFleet(`/fleet?search=${sensor.serial}`);
    const table = await findSensorTable();
    const toggle = await within(table).findByRole('switch', {
      name: `Auto Renewal for ${sensor.name} (${sensor.serial})`,
    });
    for (let i = 0; i < 5; i += 1) await user.click(toggle);
    // On, then five clicks: off.
    expect(toggle).not.toBeChecked();
    // Once every request has reached the cloud, both say off: each click sent what it showed.
    await waitFor(() => expect(applied).toBe(5));
    expect(sent).toEqual([false, true, false, true, false].map((on) => ({ on })));
    expect(seedSensor((s) => s.serial === sensor.serial).autoRenewal).toBe(false);
    await waitFor(() => expect(toggle).not.toBeChecked());
  });

  it('goes back to the cloud’s value with a message when the change is refused', async () => {
    server.use(
      http.put('*/api/fleet/sensors/:serial/auto-renewal', () =>
        HttpResponse.json({ code: 'internal', message: 'Try again later.' }, { status: 500 }),
      ),
    );
    const sensor = running();
    const { user } = renderFleet(`/fleet?search=${sensor.serial}`);
    const table = await findSensorTable();
    const toggle = await within(table).findByRole('switch', {
      name: `Auto Renewal for ${sensor.name} (${sensor.serial})`,
    });
    await user.click(toggle);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Auto Renewal for ${sensor.name} was not turned off: The licensing cloud had a problem (Try again later.). Try again.`,
    );
    await waitFor(() => expect(toggle).toBeChecked());
    expect(seedSensor((s) => s.serial === sensor.serial).autoRenewal).toBe(true);
  });
});

describe('Access, e-mails and export (LM-1, LM-7, LM-9)', () => {
  it('tells an Analyst why the License Manager is closed, and shows no sensors', async () => {
    cloud().signInFleetAs('Analyst');
    renderFleet();
    expect(await screen.findByText('You cannot manage sensor licenses')).toBeVisible();
    expect(screen.getByText(/you are signed in as Analyst/)).toBeVisible();
    expect(screen.queryByRole('table', { name: 'Sensors' })).not.toBeInTheDocument();
  });

  it('chooses the users who receive expiry e-mails', async () => {
    const { user } = renderFleet();
    await findSensorTable();
    await user.click(screen.getByRole('button', { name: 'Expiry e-mails' }));
    const dialog = await screen.findByRole('dialog', { name: 'Expiry e-mails' });
    await user.click(
      await within(dialog).findByRole('checkbox', { name: /Jonas Weber · Manager/ }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Expiry e-mails go to 1 user.')).toBeVisible();
    const jonas = inspect().fleet.users.find((u) => u.name === 'Jonas Weber');
    expect(inspect().fleet.expiryRecipientIds).toEqual([jonas?.id]);
  });

  it('exports the filtered table as CSV', async () => {
    const files: Blob[] = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) files.push(blob);
      return 'blob:export';
    };
    URL.revokeObjectURL = () => undefined;
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = renderFleet('/fleet?status=expiring');
    await findSensorTable();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const lines = (await files[0]?.text())?.trimEnd().split('\r\n') ?? [];
    expect(lines[0]).toMatch(/^Serial number,Name,Location,Status/);
    expect(lines.slice(1).every((line) => line.includes(',Expiring,'))).toBe(true);
    expect(lines).toHaveLength(1 + 10);
  });
});

describe('Export CSV with nothing to export (LM-15)', () => {
  it('is disabled with the reason when no sensor matches, and sends nothing', async () => {
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    const { user } = renderFleet('/fleet?search=no-such-sensor');
    expect(await screen.findByText('No sensors match')).toBeVisible();
    const exportButton = screen.getByRole('button', { name: 'Export CSV' });
    expect(exportButton).toHaveAttribute('aria-disabled', 'true');
    expect(exportButton).toHaveAccessibleDescription(
      'No sensors match the search and filters, so there is nothing to export.',
    );
    await user.click(exportButton);
    expect(click).not.toHaveBeenCalled();
  });
});

describe('Conflicts with another tab: the cloud’s truth is shown and said (R7)', () => {
  it('says a code was just used elsewhere, and shows the pool it filled', async () => {
    const { user } = renderFleet();
    expect(await screen.findByText('Licenses left: 5')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add licenses' });
    await enterText(
      user,
      within(dialog).getByRole('textbox', { name: 'Activation Code' }),
      VALID_ACTIVATION_CODE,
    );
    cloud().redeemActivationCode(VALID_ACTIVATION_CODE);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      await within(dialog).findByText(
        `The activation code ${VALID_ACTIVATION_CODE} was already used on 2026-11-23.`,
      ),
    ).toBeVisible();
    expect(await screen.findByText('Licenses left: 10')).toBeVisible();
    expect(inspect().fleet.pool).toHaveLength(10);
  });

  it('tells when the sensor changed before "+" was confirmed: the license is queued instead', async () => {
    const sensor = seedSensor((s) => s.current === null);
    const { user } = renderFleet(`/fleet?search=${sensor.serial}`);
    const table = await findSensorTable();
    await user.click(
      await within(table).findByRole('button', {
        name: `Add license to ${sensor.name} (${sensor.serial})`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Add license to/ });
    expect(within(dialog).getByRole('status')).toHaveTextContent('Current from today: 2026-11-23');
    cloud().assignLicense(sensor.serial, 'LK-3F9A-22C1');
    await user.click(within(dialog).getByRole('button', { name: 'Add license' }));

    const queued = seedSensor((s) => s.serial === sensor.serial).queue;
    expect(queued).toHaveLength(1);
    expect(
      await screen.findByText(
        `License queued on ${sensor.name}: it starts ${queued[0]?.startDate}. The sensor changed meanwhile, so this differs from what was shown (current from 2026-11-23).`,
      ),
    ).toBeVisible();
    expect(await within(table).findByText('1 queued')).toBeVisible();
    expect(within(table).getByText('2026-11-23')).toBeVisible();
  });

  async function confirmRemovingFirstQueued(
    change: (serial: string, first: { licenseId: string; startDate: string }) => void,
  ) {
    const sensor = seedSensor((s) => s.queue.length === 2);
    const first = sensor.queue[0] && { ...sensor.queue[0] };
    if (!first) throw new Error('The seed has no sensor with two queued licenses');
    const { user } = renderFleet(`/fleet?sensor=${sensor.serial}`);
    const panel = await screen.findByRole('dialog', { name: sensor.name });
    const queue = await within(panel).findByRole('list', { name: 'Queued licenses' });
    await user.click(within(queue).getByRole('button', { name: /queued license 1 \(/ }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove the queued license?' });
    change(sensor.serial, first);
    await user.click(within(confirm).getByRole('button', { name: 'Remove to pool' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('dialog', { name: 'Remove the queued license?' }),
      ).not.toBeInTheDocument(),
    );
    return { sensor, panel, first };
  }

  it('says a queued license was already removed elsewhere, and shows the queue as it is', async () => {
    const { sensor, panel, first } = await confirmRemovingFirstQueued((serial, queued) =>
      cloud().removeQueued(serial, queued.licenseId),
    );
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      `That license is no longer queued on ${sensor.name}: it was removed meanwhile, perhaps from another tab.`,
    );
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    // The other tab's removal moved the second one up.
    expect(within(panel).getByRole('list', { name: 'Queued licenses' })).toHaveTextContent(
      `Starts ${first.startDate}`,
    );
    expect(await screen.findByText('Licenses left: 6')).toBeVisible();
    expect(inspect().fleet.pool).toHaveLength(6);
  });

  it('says a queued license started meanwhile and cannot go back to the pool', async () => {
    // The day the first queued license starts: the current one has ended (LM-5).
    const { sensor, panel, first } = await confirmRemovingFirstQueued((_serial, queued) =>
      cloud().advanceClock({ to: queued.startDate }),
    );
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      `The license of key ${first.keyId} on ${sensor.name} is no longer queued: it started on ${first.startDate}, and a running license cannot go back to the pool.`,
    );
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    expect(within(panel).getByText('Activation date').parentElement).toHaveTextContent(
      `Activation date${first.startDate}`,
    );
    expect(seedSensor((s) => s.serial === sensor.serial).current?.licenseId).toBe(first.licenseId);
  });
});

describe('A retry after a lost answer is applied once (R7, R10)', () => {
  it('queues one license when Queue license is clicked again', async () => {
    server.use(
      http.post(
        '*/api/fleet/sensors/:serial/licenses',
        async ({ request, params }) => {
          const { keyId } = assignBodySchema.parse(await request.json());
          cloud().assignLicense(
            String(params.serial),
            keyId,
            request.headers.get('Idempotency-Key'),
          );
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const sensor = running();
    const { user } = renderFleet(`/fleet?search=${sensor.serial}`);
    const table = await findSensorTable();
    await user.click(
      await within(table).findByRole('button', {
        name: `Add license to ${sensor.name} (${sensor.serial})`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /Add license to/ });
    const queue = within(dialog).getByRole('button', { name: 'Queue license' });
    await user.click(queue);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The licensing cloud cannot be reached',
    );
    await user.click(queue);
    expect(await screen.findByText(/License queued on/)).toBeVisible();
    expect(seedSensor((s) => s.serial === sensor.serial).queue).toHaveLength(1);
    expect(inspect().fleet.pool).toHaveLength(4);
  });

  it('returns one license to the pool when Remove to pool is clicked again', async () => {
    server.use(
      http.delete(
        '*/api/fleet/sensors/:serial/queue/:licenseId',
        ({ request, params }) => {
          cloud().removeQueued(
            String(params.serial),
            String(params.licenseId),
            request.headers.get('Idempotency-Key'),
          );
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const sensor = seedSensor((s) => s.queue.length === 2);
    const { user } = renderFleet(`/fleet?sensor=${sensor.serial}`);
    const panel = await screen.findByRole('dialog', { name: sensor.name });
    const queue = await within(panel).findByRole('list', { name: 'Queued licenses' });
    await user.click(within(queue).getByRole('button', { name: /queued license 1 \(/ }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove the queued license?' });
    const remove = within(confirm).getByRole('button', { name: 'Remove to pool' });
    await user.click(remove);
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'The licensing cloud cannot be reached',
    );
    await user.click(remove);
    await waitFor(() => expect(confirm).not.toBeInTheDocument());
    expect(await screen.findByText('Licenses left: 6')).toBeVisible();
    expect(seedSensor((s) => s.serial === sensor.serial).queue).toHaveLength(1);
  });
});
