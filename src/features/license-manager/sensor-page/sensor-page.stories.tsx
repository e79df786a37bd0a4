import type { ComponentProps } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import type { SensorRecord } from '@mocks/cloud/state';
import { scenarios } from '@mocks/scenarios';
import { addDays } from '@/domain/dates';
import { findDialog, onViewport } from '@tests/play-helpers';
import { SensorPage } from './sensor-page';

/** The typical site's fleet, read once here so a story can name one of its sensors. */
const SEED = scenarios['typical-site'].seed();

function seedSensor(what: string, test: (sensor: SensorRecord) => boolean): SensorRecord {
  const sensor = SEED.fleet.sensors.find(test);
  if (!sensor) throw new Error(`The seed has no sensor ${what} any more`);
  return sensor;
}

const ACTIVE = seedSensor(
  'running for months, nothing queued',
  (s) => s.current !== null && s.current.endDate > addDays(SEED.today, 60) && s.queue.length === 0,
);
const EXPIRED = seedSensor(
  'whose license expired',
  (s) => s.current !== null && s.current.endDate < SEED.today,
);
const QUEUED = seedSensor('with two queued licenses', (s) => s.queue.length === 2);
const NEVER_LICENSED = seedSensor('never licensed', (s) => s.current === null);

const pageOf = (sensor: { serial: string }) => ({
  args: { serial: sensor.serial },
  parameters: { url: `/fleet/sensors/${sensor.serial}?status=expired` },
});

async function findSection(canvasElement: HTMLElement, name: string) {
  const heading = await within(canvasElement).findByRole('heading', { name, level: 2 });
  const section = heading.closest('section');
  if (!section) throw new Error(`No section ${name}`);
  return section;
}

/** The measurement card once the history answered: its summary sentence. */
async function findSummary(canvasElement: HTMLElement) {
  const section = await findSection(canvasElement, 'Measurements');
  return within(section).findByText(/days of measurements from/, {}, { timeout: 5_000 });
}

const meta = {
  title: 'License Manager/Sensor page',
  component: SensorPage,
  argTypes: {
    scenario: cloudArgTypes.scenario,
    latencyMs: cloudArgTypes.latencyMs,
  },
  ...pageOf(ACTIVE),
} satisfies Meta<CloudArgs & ComponentProps<typeof SensorPage>>;

export default meta;
type Story = StoryObj<typeof meta>;

/** LM-14: a licensed sensor: its license now, 90 days of readings, past alerts and events. */
export const Active: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('heading', { name: ACTIVE.name, level: 1 })).toBeVisible();
    await expect(canvas.getByText(ACTIVE.serial)).toBeVisible();
    await expect(await findSummary(canvasElement)).toHaveTextContent(
      new RegExp(`^90 days of measurements from ${addDays(SEED.today, -89)} to ${SEED.today}`),
    );
    const chart = await canvas.findByTestId('measurement-chart');
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull());
    await expect(canvas.queryByText(/New measurements are not saved/)).not.toBeInTheDocument();
    const events = await canvas.findByRole('list', { name: 'License events, newest first' });
    await expect(events).toHaveTextContent(
      `License of key ${ACTIVE.current?.keyId} started, until ${ACTIVE.current?.endDate}`,
    );
    // Back keeps the fleet table's query.
    await expect(canvas.getByRole('link', { name: 'Back to the fleet' })).toHaveAttribute(
      'href',
      '/fleet?status=expired',
    );
  },
};

/** LM-14, LM-4: after expiry the history stays, and a line says since when nothing is saved. */
export const Expired: Story = {
  ...pageOf(EXPIRED),
  play: async ({ canvas, canvasElement }) => {
    const stoppedOn = addDays(EXPIRED.current?.endDate ?? '', 1);
    const line = await canvas.findByText(
      `New measurements are not saved since ${stoppedOn}.`,
      {},
      { timeout: 5_000 },
    );
    await expect(line).toBeVisible();
    await expect(line.closest('[role="note"]')).not.toBeNull();
    // The history is kept: the chart ends on the last saved day.
    await expect(await findSummary(canvasElement)).toHaveTextContent(
      `to ${EXPIRED.current?.endDate}`,
    );
    const alerts = await canvas.findByRole('table', { name: 'Past alerts of the last year' });
    const first = within(alerts).getAllByRole('row')[1];
    await expect(first).toHaveTextContent(`${stoppedOn}License expired: measurements stopped—`);
    const events = canvas.getByRole('list', { name: 'License events, newest first' });
    await expect(within(events).getAllByRole('listitem')[0]).toHaveTextContent(
      `License of key ${EXPIRED.current?.keyId} expired after ${EXPIRED.current?.endDate}`,
    );
    // The license card offers Renew now (LM-11).
    await expect(canvas.getByRole('button', { name: 'Renew now' })).toBeVisible();
  },
};

export const ExpiredOnPhone: Story = { ...onViewport(Expired, 'phone') };

/** LM-5, LM-14: queued licenses with their dates, and their queueing in the license history. */
export const WithQueuedLicenses: Story = {
  ...pageOf(QUEUED),
  play: async ({ canvas }) => {
    const queue = await canvas.findByRole('list', { name: 'Queued licenses' });
    const items = within(queue).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    const [first] = QUEUED.queue;
    await expect(items[0]).toHaveTextContent(`Starts ${first?.startDate} · ends ${first?.endDate}`);
    const events = await canvas.findByRole('list', { name: 'License events, newest first' });
    await expect(events).toHaveTextContent(
      `License of key ${first?.keyId} queued: ${first?.startDate} to ${first?.endDate}`,
    );
  },
};

/** LM-14: a sensor never licensed has no measurements: the page says so and how to start. */
export const NeverLicensed: Story = {
  ...pageOf(NEVER_LICENSED),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No measurements yet')).toBeVisible();
    await expect(canvas.queryByTestId('measurement-chart')).not.toBeInTheDocument();
    await expect(canvas.getByText('No alerts in the last year.')).toBeVisible();
    await expect(
      canvas.getByText('Nothing has happened to this sensor’s licenses yet.'),
    ).toBeVisible();
  },
};

/** The history has not answered yet: the license shows, the rest waits, marked busy. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/fleet/sensors/:serial/history', () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: ACTIVE.name, level: 1 })).toBeVisible();
    const busy = canvas.getAllByRole('status', { name: 'Loading the measurements' });
    await expect(busy).toHaveLength(3);
  },
};

/** The history fails: the reason and Retry, which loads it once the cloud answers again. */
export const HistoryFailed: Story = {
  beforeEach({ msw }) {
    let failures = 1;
    msw.use(
      http.get('*/api/fleet/sensors/:serial/history', () => {
        if (failures === 0) return undefined;
        failures -= 1;
        return HttpResponse.json(
          { code: 'internal', message: 'Database unavailable' },
          { status: 500 },
        );
      }),
    );
  },
  play: async ({ canvas, canvasElement }) => {
    const alerts = await canvas.findAllByRole('alert');
    await expect(alerts[0]).toHaveTextContent('The measurement history could not be loaded');
    await expect(alerts[0]).toHaveTextContent('Database unavailable');
    await userEvent.click(
      within(alerts[0] ?? canvasElement).getByRole('button', { name: 'Retry' }),
    );
    await expect(await findSummary(canvasElement)).toBeVisible();
  },
};

/** A serial this fleet does not have (a mistyped or foreign link): said so, with the way back. */
export const NotFound: Story = {
  args: { serial: 'NOSUCH' },
  parameters: { url: '/fleet/sensors/NOSUCH' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No sensor NOSUCH in this fleet')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Back to the fleet' })).toHaveAttribute(
      'href',
      '/fleet',
    );
    await expect(canvas.queryByText('Measurements')).not.toBeInTheDocument();
  },
};

/** LM-1: an Analyst is told why not, here too. */
export const Analyst: Story = {
  beforeEach() {
    cloud().signInFleetAs('Analyst');
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You cannot manage sensor licenses')).toBeVisible();
    await expect(canvas.queryByText('Measurements')).not.toBeInTheDocument();
  },
};

/** The Manager switches Auto Renewal, then tries to take back a license that is not queued. */
function switchAndRefusal() {
  const model = cloud();
  model.signInFleetAs('Manager');
  model.setAutoRenewal(ACTIVE.serial, !ACTIVE.autoRenewal);
  expect(() => model.removeQueued(ACTIVE.serial, 'not-queued-here')).toThrow('not queued');
}

/** AU-1: the sensor's History: who switched Auto Renewal (before → after), and a refusal with why. */
export const AuditHistory: Story = {
  beforeEach: switchAndRefusal,
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: `History of sensor ${ACTIVE.name}` }),
    );
    const dialog = await findDialog(canvasElement, `History of sensor ${ACTIVE.name}`);
    const table = await waitFor(() => {
      const events = within(dialog).getByRole('table', { name: 'Events' });
      expect(events).not.toHaveAttribute('aria-busy');
      return events;
    });
    const rows = within(table).getAllByRole('row').slice(1);
    const switched = rows.find((row) => row.textContent?.includes('Auto Renewal switched'));
    const [before, after] = ACTIVE.autoRenewal ? ['on', 'off'] : ['off', 'on'];
    await expect(switched).toHaveTextContent(`Auto Renewal: ${before} → ${after}`);
    await expect(switched).toHaveTextContent(/· Manager · License Manager/);
    await expect(rows.at(-1)).toHaveTextContent(/Refused: .*not queued/);
    await expect(within(dialog).getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  },
};

export const AuditHistoryOnPhone: Story = { ...onViewport(AuditHistory, 'phone') };
