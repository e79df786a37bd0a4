import type { Meta, StoryObj } from '@storybook/react-vite';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { USED_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import { cloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import type { SensorRecord } from '@mocks/cloud/state';
import { scenarios } from '@mocks/scenarios';
import { LicenseManagerPage } from './license-manager-page';
import { onViewport, findDialog } from '@tests/play-helpers';

const COLUMNS = [
  'Sensor serial number / name',
  'Activation date',
  'Expires at',
  'Key',
  'Add License',
  'Auto Renewal',
];
const NO_LICENSES_LEFT = 'No licenses left: add an Activation Code first.';
const CODE_FORMAT =
  'An activation code is four groups of four letters or digits, like EF7Q-2K9M-XR4D-81NB.';

/** The typical site's fleet, read once here so a story's URL can name one of its sensors. */
const SEED = scenarios['typical-site'].seed();

function seedSensor(what: string, test: (sensor: SensorRecord) => boolean): SensorRecord {
  const sensor = SEED.fleet.sensors.find(test);
  if (!sensor) throw new Error(`The seed has no sensor ${what} any more`);
  return sensor;
}

const QUEUED = seedSensor('with two queued licenses', (s) => s.queue.length === 2);
const EXPIRED = seedSensor(
  'whose license expired',
  (s) => s.current !== null && s.current.endDate < SEED.today,
);

/** The loaded sensor table (the skeleton has the same name but is aria-busy). */
async function findSensorTable(canvasElement: HTMLElement) {
  return waitFor(() => {
    const table = within(canvasElement).getByRole('table', { name: 'Sensors' });
    expect(table).not.toHaveAttribute('aria-busy', 'true');
    return table;
  });
}

/** The rows of the table's body, without the header row. */
function bodyRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

/** POSTs of an activation code that reached the simulated cloud in the running story. */
let redeemRequests = 0;

const meta = {
  title: 'License Manager',
  component: LicenseManagerPage,
  argTypes: {
    scenario: cloudArgTypes.scenario,
    latencyMs: cloudArgTypes.latencyMs,
    fleetSize: cloudArgTypes.fleetSize,
  },
  parameters: { url: '/fleet' },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** LM-2, LM-3: the typical site's 40 sensors, 5 licenses in the pool, the table's exact columns. */
export const Default: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Licenses left: 5')).toBeVisible();
    const table = await findSensorTable(canvasElement);
    const headers = within(table).getAllByRole('columnheader');
    await expect(headers.map((header) => header.textContent)).toEqual(COLUMNS);
    await expect(bodyRows(table).length).toBeGreaterThan(0);
    await expect(within(table).getAllByText('LK-3F9A-22C1 (1)')[0]).toBeVisible();
    await expect(canvas.getByText('40 of 40 sensors')).toBeVisible();
    // The expiry chart is a picture of the table beside it: no part of it takes focus.
    const chart = await canvas.findByTestId('expiry-chart');
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull());
    for (const element of chart.querySelectorAll<HTMLElement | SVGElement>('[tabindex], svg')) {
      element.focus();
      await expect(chart.contains(document.activeElement)).toBe(false);
    }
  },
};

/** LM-2: nothing left in the pool: each row's "+" stays focusable and says why it is off. */
export const EmptyPool: Story = {
  beforeEach() {
    the.fleet().withEmptyPool();
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Licenses left: 0')).toBeVisible();
    await expect(canvas.getByText('The pool is empty: add an Activation Code.')).toBeVisible();
    const table = await findSensorTable(canvasElement);
    const addButtons = within(table).getAllByRole('button', { name: /^Add license to / });
    await expect(addButtons.length).toBeGreaterThan(0);
    for (const button of addButtons) {
      await expect(button).toHaveAttribute('aria-disabled', 'true');
      await expect(button).toHaveAccessibleDescription(NO_LICENSES_LEFT);
    }
    // Clicking it opens nothing.
    await userEvent.click(addButtons[0] ?? table);
    await expect(
      within(canvasElement.ownerDocument.body).queryByRole('dialog'),
    ).not.toBeInTheDocument();
  },
};

/** LM-1: an Analyst is told why the License Manager is closed to them, whom to ask, and a way back. */
export const Analyst: Story = {
  beforeEach() {
    cloud().signInFleetAs('Analyst');
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You cannot manage sensor licenses')).toBeVisible();
    await expect(
      canvas.getByText(
        'Only Administrators and Managers can manage sensor licenses; you are signed in as Analyst.',
      ),
    ).toBeVisible();
    await expect(canvas.getByText(/Ask an Administrator of your organization/)).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Go to the CMS Dashboard' })).toHaveAttribute(
      'href',
      '/',
    );
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument();
    await expect(canvas.queryByText(/^Licenses left/)).not.toBeInTheDocument();
  },
};

/** LM-8: 10,000 sensors: the table is virtualized, so only the rows in view are in the page. */
export const LargeFleet: Story = {
  args: { scenario: 'large-fleet' },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('10,000 of 10,000 sensors')).toBeVisible();
    const table = await findSensorTable(canvasElement);
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rows = bodyRows(table);
    await expect(rows.length).toBeGreaterThan(0);
    await expect(rows.length).toBeLessThan(100);
  },
};

/** LM-5: a sensor's panel, opened from the address, lists its queued licenses with their dates. */
export const SensorWithQueue: Story = {
  parameters: { url: `/fleet?sensor=${QUEUED.serial}` },
  play: async ({ canvasElement }) => {
    const panel = await findDialog(canvasElement, QUEUED.name);
    await expect(within(panel).getByText(QUEUED.serial)).toBeVisible();
    const queue = within(panel).getByRole('list', { name: 'Queued licenses' });
    const items = within(queue).getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    for (const [i, item] of items.entries()) {
      await expect(item).toHaveTextContent(new RegExp(`^${i + 1}\\. LK-`));
      await expect(item).toHaveTextContent(/Starts \d{4}-\d{2}-\d{2} · ends \d{4}-\d{2}-\d{2}/);
    }
    await expect(
      within(panel).getByRole('button', {
        name: `Remove back to the pool: queued license 1 (${QUEUED.queue[0]?.keyId ?? ''})`,
      }),
    ).toBeVisible();
  },
};

/** LM-4: an expired sensor's panel says what expiry means: no new measurements, history kept. */
export const ExpiredSensor: Story = {
  parameters: { url: `/fleet?sensor=${EXPIRED.serial}` },
  play: async ({ canvasElement }) => {
    const panel = await findDialog(canvasElement, EXPIRED.name);
    await expect(within(panel).getByText('Expired')).toBeVisible();
    const note = within(panel).getByRole('note');
    await expect(note).toHaveTextContent(
      `The license expired on ${EXPIRED.current?.endDate ?? ''}. New measurements are not saved`,
    );
    await expect(note).toHaveTextContent('the sensor’s history and past alerts stay visible');
  },
};

/** LM-11: switched on while expired, the sensor takes a pool license at once and says so. */
export const RenewedFromThePool: Story = {
  parameters: { url: `/fleet?sensor=${EXPIRED.serial}` },
  play: async ({ canvasElement }) => {
    const panel = await findDialog(canvasElement, EXPIRED.name);
    await expect(within(panel).getByRole('button', { name: 'Renew now' })).toBeVisible();
    await userEvent.click(within(panel).getByRole('switch', { name: /Auto Renewal/ }));
    await expect(
      await within(panel).findByText('Renewed from the pool on 2026-11-23 (Auto Renewal).'),
    ).toBeVisible();
    await expect(within(panel).getByText('Active')).toBeVisible();
    await expect(inspect().fleet.pool).toHaveLength(4);
  },
};

/** LM-8: a search from the address that matches nothing; one click shows the whole fleet. */
export const NoMatches: Story = {
  parameters: { url: '/fleet?search=no-such-sensor' },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('No sensors match')).toBeVisible();
    await expect(canvas.getByText('0 of 40 sensors')).toBeVisible();
    await expect(
      canvas.getByRole('searchbox', { name: 'Search serial number or name' }),
    ).toHaveValue('no-such-sensor');
    await expect(canvas.getByRole('button', { name: 'Clear filters' })).toBeVisible();
    // LM-15: nothing to export, and it says why.
    const exportButton = canvas.getByRole('button', { name: 'Export CSV' });
    await expect(exportButton).toHaveAttribute('aria-disabled', 'true');
    await expect(exportButton).toHaveAccessibleDescription(
      'No sensors match the search and filters, so there is nothing to export.',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Show all sensors' }));
    await findSensorTable(canvasElement);
    await expect(await canvas.findByText('40 of 40 sensors')).toBeVisible();
    await expect(
      canvas.getByRole('searchbox', { name: 'Search serial number or name' }),
    ).toHaveValue('');
    await expect(canvas.queryByText('No sensors match')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Export CSV' })).not.toHaveAttribute(
      'aria-disabled',
    );
  },
};

/** The first page of sensors has not answered yet: the table's shape, marked busy. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/fleet/sensors/page', () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    // The pool answers; the table waits for its first page.
    await expect(await canvas.findByText('Licenses left: 5')).toBeVisible();
    const table = canvas.getByRole('table', { name: 'Sensors' });
    await expect(table).toHaveAttribute('aria-busy', 'true');
    const headers = within(table).getAllByRole('columnheader');
    await expect(headers.map((header) => header.textContent)).toEqual(COLUMNS);
    await expect(canvas.queryByText(/ of 40 sensors$/)).not.toBeInTheDocument();
  },
};

/** No answer from the licensing cloud at all, not even for the session: the reason and Retry. */
export const CloudUnreachable: Story = {
  args: { scenario: 'cloud-unreachable' },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The License Manager could not be loaded');
    await expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
    await expect(canvas.queryByRole('table')).not.toBeInTheDocument();
  },
};

/**
 * LM-2: the cloud refuses a code that was already used, on the field; a malformed code is caught
 * in the form and never sent.
 */
export const ActivationCodeRefused: Story = {
  beforeEach({ msw }) {
    redeemRequests = 0;
    // Counts, then falls through to the simulated cloud's own handler.
    msw.use(
      http.post('*/api/fleet/activation-codes', () => {
        redeemRequests += 1;
        return undefined;
      }),
    );
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Licenses left: 5')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Add' }));
    const dialog = await findDialog(canvasElement, 'Add licenses');
    const field = within(dialog).getByRole('textbox', { name: 'Activation Code' });
    const submit = within(dialog).getByRole('button', { name: 'Add' });

    await userEvent.type(field, 'QX3P-7H2C');
    await userEvent.click(submit);
    await waitFor(() => expect(field).toHaveAccessibleDescription(CODE_FORMAT));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(redeemRequests).toBe(0);

    await userEvent.clear(field);
    await userEvent.type(field, USED_ACTIVATION_CODE);
    await userEvent.click(submit);
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        `The activation code ${USED_ACTIVATION_CODE} was already used on 2026-03-02.`,
      ),
    );
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(redeemRequests).toBe(1);
    // The dialog stays open for another code, and the pool is unchanged.
    await expect(dialog).toBeVisible();
    await expect(inspect().fleet.pool).toHaveLength(5);
  },
};

/** LM-2: a code typed in lower case with spaces is read as the code; the field says how. */
export const ActivationCodeTypedLoosely: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('Licenses left: 5')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Add' }));
    const dialog = await findDialog(canvasElement, 'Add licenses');
    const field = within(dialog).getByRole('textbox', { name: 'Activation Code' });
    await userEvent.type(field, USED_ACTIVATION_CODE.toLowerCase().replaceAll('-', ' '));
    await expect(field).toHaveAccessibleDescription(`Reads as ${USED_ACTIVATION_CODE}.`);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        `The activation code ${USED_ACTIVATION_CODE} was already used on 2026-03-02.`,
      ),
    );
    await expect(field).toHaveValue(USED_ACTIVATION_CODE);
  },
};

/** UX-2: the Default story on a phone and on a small laptop; nothing scrolls sideways. */
export const DefaultOnPhone: Story = onViewport(Default, 'phone');
export const DefaultOnLaptop: Story = onViewport(Default, 'laptop');
