import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import { support } from '@mocks/cloud/commands';
import { seedTypicalSite, SUPPORT_STAFF } from '@mocks/cloud/seed';
import { DevicesPanel } from './devices-panel';
import { onViewport } from '@tests/play-helpers';

// The seed is deterministic: these are the typical site's segment controllers in every story.
const [MAIN_HALL, , GARAGE] = seedTypicalSite().segmentControllers;

/** SS-41 through the model: every license of Main Hall goes back to the cloud. */
function transferMainHall() {
  const licenses = inspect().licenses.filter(
    (l) => l.activation?.segmentControllerId === MAIN_HALL?.id,
  );
  cloud().transferToCloud(
    licenses.map((l) => l.id),
    null,
  );
  return licenses;
}

async function findPanel(canvasElement: HTMLElement) {
  const panel = within(canvasElement).getByRole('region', { name: 'Devices' });
  const table = await within(panel).findByRole('table', { name: /^Devices on / });
  // All rows: those beyond the first few arrive in a background render.
  await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
  return panel;
}

function legendText(panel: HTMLElement, controller = 'Main Hall') {
  return within(panel).getByRole('list', { name: `Device states on ${controller}` });
}

const meta = {
  title: 'CMS/Devices',
  component: DevicesPanel,
  argTypes: {
    scenario: cloudArgTypes.scenario,
    role: cloudArgTypes.role,
    latencyMs: cloudArgTypes.latencyMs,
  },
} satisfies Meta<ComponentProps<typeof DevicesPanel> & CloudArgs>;

export default meta;
type Story = StoryObj<ComponentProps<typeof DevicesPanel> & CloudArgs>;

/** The typical site: Main Hall with 124 provisioned and 4 unprovisioned devices. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const panel = await findPanel(canvasElement);
    const items = within(legendText(panel)).getAllByRole('listitem');
    await expect(items.map((item) => item.textContent)).toEqual([
      'Provisioned124Licensed and in use',
      'Unprovisioned4Licensed, waiting to be provisioned',
      'Unlicensed0Beyond the licensed capacity',
    ]);
    await expect(within(panel).getByRole('button', { name: 'Provision all (4)' })).toBeEnabled();
  },
};

/** SS-42: after Transfer to Cloud every Main Hall device is unlicensed (purple). */
export const AfterTransfer: Story = {
  beforeEach() {
    transferMainHall();
  },
  play: async ({ canvasElement }) => {
    const panel = await findPanel(canvasElement);
    await expect(legendText(panel)).toHaveTextContent('Unlicensed128');
    await expect(
      within(panel).getAllByText('Activate a capacity license to license this device'),
    ).toHaveLength(128);
    await expect(within(panel).getByRole('button', { name: 'Provision all (0)' })).toBeDisabled();
  },
};

/** SS-42: a new 100-device capacity license: 100 devices wait (blue), 28 stay unlicensed; one is provisioned. */
export const Unprovisioned: Story = {
  beforeEach() {
    const [capacity100] = transferMainHall();
    cloud().startActivation(
      [{ segmentControllerId: MAIN_HALL?.id ?? '', licenseId: capacity100?.id ?? '' }],
      null,
    );
    cloud().listActivationJobs();
  },
  play: async ({ canvasElement }) => {
    const panel = await findPanel(canvasElement);
    await expect(legendText(panel)).toHaveTextContent('Unprovisioned100');
    await expect(legendText(panel)).toHaveTextContent('Unlicensed28');
    const [first] = within(panel).getAllByRole('button', { name: /^Provision (?!all)/ });
    if (!first) throw new Error('No device to provision');
    await userEvent.click(first);
    await waitFor(() => expect(legendText(panel)).toHaveTextContent('Provisioned1'));
    // The command settles once the refreshed devices are in.
    await waitFor(() =>
      expect(within(panel).getByRole('status', { name: 'Provisioning' })).toHaveTextContent(
        '1 device provisioned',
      ),
    );
    await expect(within(panel).getByRole('button', { name: 'Provision all (99)' })).toBeEnabled();
  },
};

/** Other CMS user types see the states, not the actions, and why (SS-1). */
export const ReadOnly: Story = {
  args: { role: 'Admin' },
  play: async ({ canvasElement }) => {
    const panel = await findPanel(canvasElement);
    await expect(panel).toHaveTextContent('Read only: only the Owner can provision devices.');
    await expect(within(panel).queryAllByRole('button', { name: /^Provision/ })).toHaveLength(0);
  },
};

/** A segment controller without devices. */
export const Empty: Story = {
  parameters: { url: `/?devices=${GARAGE?.id ?? ''}` },
  beforeEach() {
    the.segmentController('Parking Garage').withoutDevices();
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No devices on Parking Garage')).toBeVisible();
  },
};

/** The devices have not answered yet: the panel's shape, marked busy. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/cms/devices', () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getByLabelText('Loading devices')).toHaveAttribute('aria-busy', 'true'),
    );
  },
};

/** The device list answers 500: an error with Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/api/cms/devices', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Devices could not be loaded');
    await expect(alert).toHaveTextContent('Database unavailable');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  },
};

/** UX-2: the Default story on a phone and on a small laptop; nothing scrolls sideways. */
export const DefaultOnPhone: Story = onViewport(Default, 'phone');
export const DefaultOnLaptop: Story = onViewport(Default, 'laptop');

/** SS-73: on a fresh install Plant Room, a SmartServer Pi, has no core license: a blocking banner says why and how. */
export const PiWithoutCoreLicense: Story = {
  args: { scenario: 'fresh-install' },
  play: async ({ canvasElement }) => {
    const panel = within(canvasElement).getByRole('region', { name: 'Devices' });
    await userEvent.click(await within(panel).findByRole('tab', { name: 'Plant Room' }));
    const banner = await within(panel).findByRole('alert');
    await expect(banner).toHaveTextContent('Core license required');
    await expect(banner).toHaveTextContent('Get a SmartServer Core license from your partner');
  },
};

/** CS-2: Customer Success returned the offline Parking Garage's licenses (RMA): a note says so, not an error. */
export const LicensesReturnedByCustomerSuccess: Story = {
  args: { scenario: 'customer-success' },
  async beforeEach() {
    const [administrator] = SUPPORT_STAFF;
    if (!GARAGE || !administrator) throw new Error('The seed has no Parking Garage');
    await cloud().run(support.signInSupport, administrator.id);
    await cloud().run(support.returnToCloud, {
      segmentControllerId: GARAGE.id,
      reference: 'RMA-88231',
    });
  },
  play: async ({ canvasElement }) => {
    const panel = within(canvasElement).getByRole('region', { name: 'Devices' });
    await userEvent.click(await within(panel).findByRole('tab', { name: 'Parking Garage' }));
    const note = await within(panel).findByRole('note');
    await expect(note).toHaveTextContent(
      'Licenses returned by Customer Success (RMA-88231, 2026-11-23)',
    );
    await expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    await expect(legendText(panel, 'Parking Garage')).toHaveTextContent('Unlicensed12');
  },
};
