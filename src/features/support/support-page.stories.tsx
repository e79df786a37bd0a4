import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, screen, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { support } from '@mocks/cloud/commands';
import { cloud } from '@mocks/cloud/instance';
import { SUPPORT_STAFF } from '@mocks/cloud/seed';
import { scenarios } from '@mocks/scenarios';
import { findDialog, onViewport } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { SupportPage } from './support-page';

/** The scenario's seed, read once here so a story's URL can name what it opens. */
const SEED = scenarios['customer-success'].seed();

function seedController(name: string) {
  const controller = SEED.segmentControllers.find((c) => c.name === name);
  if (!controller) throw new Error(`The customer-success seed has no ${name} any more`);
  return controller;
}

const GARAGE = seedController('Parking Garage');
const REPLACEMENT = seedController('Parking Garage (replacement)');
const CAMPUS = SEED.customers.find((c) => c.name === 'P2022-0208');
if (!CAMPUS) throw new Error('The customer-success seed has no account P2022-0208 any more');

function staff(role: 'License administrator' | 'Support agent') {
  const member = SUPPORT_STAFF.find((s) => s.role === role);
  if (!member) throw new Error(`No ${role} in SUPPORT_STAFF`);
  return member;
}

/** Signs the console in as the seed's staff member of this role (the simulated sign-in). */
async function signInSupport(role: 'License administrator' | 'Support agent') {
  await cloud().run(support.signInSupport, staff(role).id);
}

/** CS-2 done before the story: the offline Parking Garage's licenses returned under RMA-88231. */
async function returnGarageLicenses() {
  await signInSupport('License administrator');
  await cloud().run(support.returnToCloud, {
    segmentControllerId: GARAGE.id,
    reference: 'RMA-88231',
  });
}

const SEARCH_LABEL = 'Search install codes, License IDs, Customer IDs, accounts, POs, partners';
const LICENSES_ON_IT = 'Licenses activated on it';

/** A toast: it slides in, so wait until a user could read it. */
async function findToast(text: RegExp) {
  const toast = await screen.findByText(text);
  await waitFor(() => expect(toast).toBeVisible());
  return toast;
}

/** A loaded detail panel: its heading once the segment controller or account has answered. */
async function findDetailHeading(canvasElement: HTMLElement, name: string) {
  return within(canvasElement).findByRole('heading', { name, level: 2 });
}

const meta = {
  title: 'Customer Success',
  component: SupportPage,
  args: { scenario: 'customer-success' },
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
  parameters: { url: '/support' },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CS-1: nobody signed in; the simulated sign-in lists the Customer Success staff. */
export const SignedOut: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('button', {
        name: 'Sign in as Greta Hoffmann · License administrator',
      }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Sign in as Jonas Weber · Support agent' }),
    ).toBeVisible();
    await expect(canvas.queryByRole('searchbox')).not.toBeInTheDocument();
  },
};

/** CS-1: the license administrator signs in and gets the search box; signing out ends it. */
export const SignInAndOut: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(
      await canvas.findByRole('button', {
        name: 'Sign in as Greta Hoffmann · License administrator',
      }),
    );
    await expect(await canvas.findByRole('searchbox', { name: SEARCH_LABEL })).toBeVisible();
    await expect(canvas.getByText('Signed in as Greta Hoffmann')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(
      await canvas.findByRole('button', { name: 'Sign in as Jonas Weber · Support agent' }),
    ).toBeVisible();
    await expect(canvas.queryByRole('searchbox')).not.toBeInTheDocument();
  },
};

/** CS-1: a support agent is told before trying anything that the console is not for them. */
export const SupportAgent: Story = {
  async beforeEach() {
    await signInSupport('Support agent');
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByText('Only license administrators can use this console');
    await expect(alert).toBeVisible();
    await expect(
      canvas.getByText(
        'You are signed in as Jonas Weber, a support agent. Ask a license administrator, or sign in as one.',
      ),
    ).toBeVisible();
    await expect(canvas.queryByRole('searchbox')).not.toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeVisible();
  },
};

/** CS-1: the administrator signed in, nothing searched yet: what the box finds. */
export const Start: Story = {
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('searchbox', { name: SEARCH_LABEL })).toHaveValue('');
    await expect(canvas.getByText('Find what the customer is calling about')).toBeVisible();
    await expect(canvas.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  },
};

/** CS-1: "garage" finds the failed Parking Garage (offline) and its replacement. */
export const Results: Story = {
  parameters: { url: '/support?q=garage' },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas }) => {
    const group = await canvas.findByRole('region', { name: 'Segment controllers' });
    const items = within(group).getAllByRole('button');
    await expect(items).toHaveLength(2);
    await expect(within(group).getByText('Parking Garage · Offline')).toBeVisible();
    await expect(within(group).getByText('Parking Garage (replacement)')).toBeVisible();
    await expect(
      within(group).getByText(`${REPLACEMENT.installCode} · no Customer ID saved`),
    ).toBeVisible();
    await expect(canvas.getByText('Choose a result to see it here.')).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: SEARCH_LABEL })).toHaveValue('garage');
  },
};

/** CS-1: a search without matches says so and how to type what the customer read out. */
export const NothingFound: Story = {
  parameters: { url: '/support?q=zebra-crossing' },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Nothing matches “zebra-crossing”')).toBeVisible();
    await expect(canvas.getByText(/spaces, hyphens and case do not matter\.$/)).toBeVisible();
    await expect(canvas.queryByRole('region', { name: 'Segment controllers' })).toBeNull();
  },
};

/** CS-1 → CS-2: a result opened; the offline Parking Garage with the licenses activated on it. */
export const SegmentController: Story = {
  parameters: { url: `/support?q=garage&controller=${GARAGE.id}` },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas, canvasElement }) => {
    await findDetailHeading(canvasElement, 'Segment controller Parking Garage');
    await expect(canvas.getByText(GARAGE.installCode, { selector: 'dd' })).toBeVisible();
    await expect(canvas.getByText('Offline', { selector: 'dd' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Open account P2022-0208' })).toBeVisible();
    const table = canvas.getByRole('table', { name: LICENSES_ON_IT });
    await expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    await expect(within(table).getAllByText('Activated').length).toBeGreaterThan(0);
    await expect(canvas.getByRole('button', { name: 'Transfer licenses to cloud' })).toBeEnabled();
  },
};

/** CS-2: the replacement has saved no Customer ID and holds nothing to return. */
export const ReplacementWithoutCustomerId: Story = {
  parameters: { url: `/support?q=garage&controller=${REPLACEMENT.id}` },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas, canvasElement }) => {
    await findDetailHeading(canvasElement, 'Segment controller Parking Garage (replacement)');
    await expect(canvas.getByText('None saved', { selector: 'dd' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Transfer licenses to cloud' })).toBeDisabled();
    await expect(
      canvas.getByText('It has no capacity or maintenance licenses to return.'),
    ).toBeVisible();
  },
};

/** CS-2: the RMA or case number is required; submitting without it is refused on the field. */
export const ReturnNeedsReference: Story = {
  parameters: { url: `/support?q=garage&controller=${GARAGE.id}` },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas, canvasElement }) => {
    await findDetailHeading(canvasElement, 'Segment controller Parking Garage');
    await userEvent.click(canvas.getByRole('button', { name: 'Transfer licenses to cloud' }));
    const dialog = await findDialog(canvasElement, 'Transfer licenses to cloud for Parking Garage');
    await expect(within(dialog).getByText(/under Customer ID /)).toBeVisible();
    await expect(within(dialog).getAllByRole('listitem').length).toBeGreaterThan(0);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Transfer licenses to cloud' }),
    );
    const field = within(dialog).getByRole('textbox', { name: 'RMA or case number' });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    await expect(field).toHaveAccessibleDescription('Enter the RMA or case number.');
    await expect(field).toHaveFocus();
  },
};

/** CS-2: the return under RMA-88231; the old segment controller says so and holds no licenses. */
export const ReturnDone: Story = {
  parameters: { url: `/support?q=garage&controller=${GARAGE.id}` },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas, canvasElement }) => {
    await findDetailHeading(canvasElement, 'Segment controller Parking Garage');
    await userEvent.click(canvas.getByRole('button', { name: 'Transfer licenses to cloud' }));
    const dialog = await findDialog(canvasElement, 'Transfer licenses to cloud for Parking Garage');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'RMA or case number' }),
      'RMA-88231',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Transfer licenses to cloud' }),
    );
    await findToast(/^\d+ licenses? returned to the cloud for Parking Garage \(RMA-88231\)\.$/);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await expect(
      await canvas.findByText(/^Licenses returned by Customer Success \(RMA-88231, .+\)$/),
    ).toBeVisible();
    await expect(
      await canvas.findByText('No licenses are activated on this segment controller.'),
    ).toBeVisible();
    await expect(canvas.queryByRole('table', { name: LICENSES_ON_IT })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Transfer licenses to cloud' })).toBeDisabled();
  },
};

/** CS-1, CS-3: the account P2022-0208 with its segment controllers and licenses. */
export const Account: Story = {
  parameters: { url: `/support?q=P2022-0208&account=${CAMPUS.id}` },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas, canvasElement }) => {
    await findDetailHeading(canvasElement, 'Account P2022-0208');
    await expect(canvas.getByText(CAMPUS.id, { selector: 'dd' })).toBeVisible();
    await expect(canvas.getByText('Northwind Controls', { selector: 'dd' })).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: `Parking Garage · ${GARAGE.installCode}` }),
    ).toBeVisible();
    await expect(canvas.getByRole('table', { name: 'Licenses' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Remote CMS license' })).toBeVisible();
  },
};

/** CS-3: a Remote CMS license for the account, activated on its CMS under a case number. */
export const RemoteCmsIssued: Story = {
  parameters: { url: `/support?q=P2022-0208&account=${CAMPUS.id}` },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas, canvasElement }) => {
    await findDetailHeading(canvasElement, 'Account P2022-0208');
    await userEvent.click(canvas.getByRole('button', { name: 'Remote CMS license' }));
    const dialog = await findDialog(canvasElement, 'Remote CMS license for P2022-0208');
    await expect(
      within(dialog).getByRole('combobox', { name: 'Segment controllers' }),
    ).toHaveTextContent('Up to 10');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'CMS name' }),
      'cms.campus.example',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'RMA or case number' }),
      'CASE-5120',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Transfer and activate' }));
    await findToast(/^Remote CMS license \S+ is active on cms\.campus\.example until .+\.$/);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  },
};

/** CS-3: the CMS name and the case number are required before anything is sent. */
export const RemoteCmsNeedsNameAndReference: Story = {
  parameters: { url: `/support?q=P2022-0208&account=${CAMPUS.id}` },
  async beforeEach() {
    await signInSupport('License administrator');
  },
  play: async ({ canvas, canvasElement }) => {
    await findDetailHeading(canvasElement, 'Account P2022-0208');
    await userEvent.click(canvas.getByRole('button', { name: 'Remote CMS license' }));
    const dialog = await findDialog(canvasElement, 'Remote CMS license for P2022-0208');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Transfer and activate' }));
    const name = within(dialog).getByRole('textbox', { name: 'CMS name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    await expect(name).toHaveAccessibleDescription('Enter the name of the CMS.');
    await expect(
      within(dialog).getByRole('textbox', { name: 'RMA or case number' }),
    ).toHaveAccessibleDescription('Enter the RMA or case number.');
  },
};

/**
 * CS-4: after the return, the 3-year maintenance license waits in the cloud on the account; a
 * maintenance file for the replacement's install code is issued from there.
 */
export const MaintenanceFileAfterReturn: Story = {
  parameters: { url: `/support?q=P2022-0208&account=${CAMPUS.id}` },
  async beforeEach() {
    await returnGarageLicenses();
    // No real download from a story: the link's click is caught.
    const click = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    return () => click.mockRestore();
  },
  play: async ({ canvas, canvasElement }) => {
    await findDetailHeading(canvasElement, 'Account P2022-0208');
    const [fileFor] = canvas.getAllByRole('button', {
      name: /^Issue a maintenance file for license /,
    });
    if (!fileFor) throw new Error('No maintenance license in the cloud');
    await userEvent.click(fileFor);
    const dialog = await findDialog(canvasElement, 'Issue maintenance file');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Install code' }),
      REPLACEMENT.installCode,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Issue file' }));
    await expect(await within(dialog).findByText(/^File issued:/)).toBeVisible();
    await expect(
      within(dialog).getByRole('link', { name: /^Download maintenance-/ }),
    ).toBeVisible();
  },
};

/** The console's session has not answered yet. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/support/session', () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('progressbar', { name: 'Loading the Customer Success console' }),
    ).toBeVisible();
    await expect(canvas.queryByRole('searchbox')).not.toBeInTheDocument();
  },
};

/** CS-1: a search on its way: the box keeps what was typed, a bar says it is searching. */
export const Searching: Story = {
  parameters: { url: '/support?q=garage', requestTimeout: 'never' },
  async beforeEach({ msw }) {
    await signInSupport('License administrator');
    msw.use(http.get('*/api/support/search', () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('progressbar', { name: 'Searching' })).toBeVisible();
    await expect(canvas.getByRole('searchbox', { name: SEARCH_LABEL })).toHaveValue('garage');
  },
};

/** No answer from the licensing cloud at all, not even for the session: the reason and Retry. */
export const CloudUnreachable: Story = {
  args: { scenario: 'cloud-unreachable' },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The Customer Success console could not be loaded');
    await expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
    await expect(canvas.getByRole('heading', { name: 'Customer Success' })).toBeVisible();
  },
};

/** CS-1: the search answers 500 with the cloud's error body: the reason, with Retry. */
export const SearchFailed: Story = {
  parameters: { url: '/support?q=garage' },
  async beforeEach({ msw }) {
    await signInSupport('License administrator');
    msw.use(
      http.get('*/api/support/search', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The search failed');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** UX-2: results and an open segment controller on a phone; nothing scrolls sideways. */
export const ResultsOnPhone: Story = onViewport(Results, 'phone');
export const SegmentControllerOnPhone: Story = onViewport(SegmentController, 'phone');
export const SegmentControllerOnLaptop: Story = onViewport(SegmentController, 'laptop');
