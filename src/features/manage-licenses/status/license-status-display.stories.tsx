import type { Meta, StoryObj } from '@storybook/react-vite';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { support } from '@mocks/cloud/commands';
import { SUPPORT_STAFF } from '@mocks/cloud/seed';
import { a, inspect } from '@tests/builders';
import { LicenseStatusDisplay } from './license-status-display';
import { onViewport } from '@tests/play-helpers';

const SEGMENT_CONTROLLERS = ['Main Hall', 'Plant Room', 'Parking Garage'];

const meta = {
  title: 'CMS/Manage Licenses/License Status display',
  component: LicenseStatusDisplay,
  argTypes: {
    scenario: cloudArgTypes.scenario,
    role: cloudArgTypes.role,
    latencyMs: cloudArgTypes.latencyMs,
  },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The Owner on the typical site: one summary per segment controller, and the way in (SS-3). */
export const Default: Story = {
  play: async ({ canvas, app }) => {
    const section = canvas.getByRole('region', { name: 'License Status' });
    const headings = await within(section).findAllByRole('heading', { level: 3 });
    await expect(headings.map((heading) => heading.textContent)).toEqual(SEGMENT_CONTROLLERS);
    await expect(
      within(section).getByText('Maintenance covers 0 of 20 devices; 20 more needed'),
    ).toBeVisible();
    // The session answers separately from the summaries: wait for it as a user would.
    await expect(
      await within(section).findByRole('button', { name: 'Manage Licenses' }),
    ).toBeVisible();

    // Clicking anywhere on the display opens the dialog through the URL (rendered elsewhere).
    await userEvent.click(within(section).getByRole('heading', { name: 'Plant Room' }));
    await expect(app.location.history.at(-1)).toBe('/?manage=licenses');
  },
};

/** Any other CMS user type sees the same summaries, read only, and why (SS-1). */
export const ReadOnlyForAdmin: Story = {
  args: { role: 'Admin' },
  play: async ({ canvas }) => {
    const section = canvas.getByRole('region', { name: 'License Status' });
    await expect(
      await within(section).findByText(/only the Owner can manage licenses/),
    ).toBeVisible();
    await expect(within(section).getByText(/signed in as Marcus Lee \(Admin\)/)).toBeVisible();
    await expect(await within(section).findAllByRole('heading', { level: 3 })).toHaveLength(3);
    await expect(
      within(section).queryByRole('button', { name: 'Manage Licenses' }),
    ).not.toBeInTheDocument();
  },
};

/** The license list has not answered yet: placeholders the size of the summaries. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/cms/licenses', () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    const section = canvas.getByRole('region', { name: 'License Status' });
    // The Owner's action appears once the session is known; the summaries are still loading.
    await within(section).findByRole('button', { name: 'Manage Licenses' });
    await expect(section.querySelector('[aria-busy="true"]')).toBeInTheDocument();
    await expect(within(section).queryAllByRole('heading', { level: 3 })).toHaveLength(0);
  },
};

/** No answer from the licensing cloud at all. */
export const CloudUnreachable: Story = {
  args: { scenario: 'cloud-unreachable' },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    await expect(alert).not.toHaveTextContent('Your sign-in could not be checked');
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
  },
};

/** R2: a refresh failed; the summaries stay, marked as last loaded, with Retry. */
export const RefreshFailed: Story = {
  play: async ({ canvas, app, msw }) => {
    const section = canvas.getByRole('region', { name: 'License Status' });
    await within(section).findAllByRole('heading', { level: 3 });
    msw.use(
      http.get('*/api/cms/licenses', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
    await app.queryClient.invalidateQueries();
    await expect(
      await within(section).findByText(/Showing the license status as last loaded/),
    ).toBeVisible();
    await expect(within(section).getByRole('heading', { name: 'Main Hall' })).toBeVisible();
  },
};

/** SS-3, SS-11: Plant Room has 30 devices on 25 licenses: 25 of 30, not a full bar, 5 in words. */
export const MoreDevicesThanCapacity: Story = {
  play: async ({ canvas }) => {
    const section = canvas.getByRole('region', { name: 'License Status' });
    const bar = await within(section).findByRole('progressbar', {
      name: 'Plant Room: 25 of 30 devices licensed',
    });
    await expect(bar).toHaveAttribute('aria-valuenow', '83');
    await expect(within(section).getByText('5 devices unlicensed · capacity 25')).toBeVisible();
  },
};

/** SS-42: Main Hall sent everything back: 0 of 128 licensed, and no "Active" anywhere for it. */
export const AfterTransferToCloud: Story = {
  beforeEach() {
    const mainHall = inspect().segmentControllers.find((c) => c.name === 'Main Hall');
    const ids = inspect()
      .licenses.filter((l) => l.activation?.segmentControllerId === mainHall?.id)
      .filter((l) => l.kind === 'capacity' || l.kind === 'maintenance')
      .map((l) => l.id);
    cloud().transferToCloud(ids, null);
  },
  play: async ({ canvas }) => {
    const section = canvas.getByRole('region', { name: 'License Status' });
    const bar = await within(section).findByRole('progressbar', {
      name: 'Main Hall: 0 of 128 devices licensed',
    });
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await expect(within(section).getByText('128 devices unlicensed · capacity 0')).toBeVisible();
  },
};

/** SS-12: maintenance that covers only part of the capacity says how much, in amber. */
export const PartialMaintenanceCoverage: Story = {
  play: async ({ canvas }) => {
    const section = canvas.getByRole('region', { name: 'License Status' });
    await within(section).findAllByRole('heading', { level: 3 });
    await expect(within(section).getByText('Covers 0 of 20')).toBeVisible();
    await expect(within(section).queryByText('Active')).not.toBeInTheDocument();
  },
};

const CMS_NAME = 'cms.riverside.example';

async function findSection(canvas: ReturnType<typeof within>) {
  const section = canvas.getByRole('region', { name: 'License Status' });
  await within(section).findAllByRole('heading', { level: 3 });
  return section;
}

/** SS-74: a Remote CMS license for 10 segment controllers, activated today: its limit and expiry, no warning. */
export const RemoteCmsInForce: Story = {
  beforeEach() {
    a.license().remoteCms(10, CMS_NAME).add();
  },
  play: async ({ canvas }) => {
    const section = await findSection(canvas);
    await expect(
      within(section).getByText('Remote CMS: up to 10 segment controllers, expires 2027-11-22'),
    ).toBeVisible();
    await expect(within(section).queryByText(/Remote CMS license (allows|expired)/)).toBeNull();
  },
};

/**
 * SS-74: more segment controllers than the license allows. A limit of 2 (smaller than any size
 * sold) so that the typical site's three segment controllers exceed it.
 */
export const RemoteCmsOverItsLimit: Story = {
  beforeEach() {
    a.license().remoteCms(2, CMS_NAME).add();
  },
  play: async ({ canvas }) => {
    const section = await findSection(canvas);
    await expect(
      within(section).getByText('Remote CMS: up to 2 segment controllers, expires 2027-11-22'),
    ).toBeVisible();
    await expect(
      within(section).getByText(
        'This CMS has 3 segment controllers; its Remote CMS license allows 2.',
      ),
    ).toBeVisible();
  },
};

/** SS-74: activated on 2025-05-20, the Remote CMS license ran out at the end of 2026-05-19. */
export const RemoteCmsExpired: Story = {
  beforeEach() {
    a.license().remoteCms(10, CMS_NAME, '2025-05-20').add();
  },
  play: async ({ canvas }) => {
    const section = await findSection(canvas);
    await expect(
      within(section).getByText('Remote CMS: up to 10 segment controllers, expired 2026-05-19'),
    ).toBeVisible();
    await expect(
      within(section).getByText(
        'The Remote CMS license expired on 2026-05-19; contact Customer Success to renew it.',
      ),
    ).toBeVisible();
  },
};

/** CS-2: Customer Success returned the offline Parking Garage's licenses under RMA-88231 today. */
export const LicensesReturnedByCustomerSuccess: Story = {
  args: { scenario: 'customer-success' },
  async beforeEach() {
    const garage = inspect().segmentControllers.find((c) => c.name === 'Parking Garage');
    const [administrator] = SUPPORT_STAFF;
    if (!garage || !administrator) throw new Error('The scenario has no Parking Garage');
    await cloud().run(support.signInSupport, administrator.id);
    await cloud().run(support.returnToCloud, {
      segmentControllerId: garage.id,
      reference: 'RMA-88231',
    });
  },
  play: async ({ canvas }) => {
    const section = await findSection(canvas);
    const garage = within(section).getByRole('heading', { name: 'Parking Garage' }).parentElement
      ?.parentElement;
    if (!garage) throw new Error('No Parking Garage card');
    await expect(
      within(garage).getByText('Licenses returned by Customer Success (RMA-88231, 2026-11-23)'),
    ).toBeVisible();
    await expect(
      within(section).getAllByText(/^Licenses returned by Customer Success/),
    ).toHaveLength(1);
  },
};

/** UX-2: the Default story on a phone and on a small laptop; nothing scrolls sideways. */
export const DefaultOnPhone: Story = onViewport(Default, 'phone');
export const DefaultOnLaptop: Story = onViewport(Default, 'laptop');
