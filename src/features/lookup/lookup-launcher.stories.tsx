import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { support } from '@mocks/cloud/commands';
import { cloud } from '@mocks/cloud/instance';
import { SUPPORT_STAFF } from '@mocks/cloud/seed';
import { found, inspect } from '@tests/builders';
import { findDialog, onViewport } from '@tests/play-helpers';
import { cloudArgTypes, signInPartner, type CloudArgs } from '@tests/story-cloud';
import { LookupLauncher } from './lookup-launcher';

const meta = {
  title: 'App/Lookup (Ctrl+K)',
  component: LookupLauncher,
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
} satisfies Meta<CloudArgs & { compact?: boolean }>;

export default meta;
type Story = StoryObj<typeof meta>;

const FIELD = /License ID, Customer ID/;

/** Ctrl+K, then the dialog with its field focused. */
async function openLookup(canvasElement: HTMLElement) {
  await userEvent.keyboard('{Control>}k{/Control}');
  const dialog = await findDialog(canvasElement, 'Look up an ID or name');
  const field = within(dialog).getByRole('combobox', { name: FIELD });
  await waitFor(() => expect(field).toHaveFocus());
  return { dialog, field };
}

async function lookUp(canvasElement: HTMLElement, text: string) {
  const { dialog, field } = await openLookup(canvasElement);
  await userEvent.type(field, text);
  return { dialog, field };
}

const replaced = () =>
  found(
    inspect().licenses.find((l) => l.supersededBy !== null),
    'replaced license',
  );

async function signInSupport() {
  const administrator = found(
    SUPPORT_STAFF.find((s) => s.role === 'License administrator'),
    'administrator',
  );
  await cloud().run(support.signInSupport, administrator.id);
}

/** The top bar's button, its shortcut shown beside it. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Look up an ID or name' });
    await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
  },
};

/** Just opened: how to use it. */
export const OpenWithHint: Story = {
  play: async ({ canvasElement }) => {
    const { dialog } = await openLookup(canvasElement);
    await expect(within(dialog).getByText(/Type at least 2 characters/)).toBeVisible();
  },
};

/** Signed in to the CMS, the Partner Portal, the License Manager and Customer Success: one group per kind and app. */
export const ResultsGrouped: Story = {
  beforeEach: async () => {
    signInPartner();
    await signInSupport();
  },
  play: async ({ canvasElement }) => {
    const { dialog } = await lookUp(canvasElement, 'p2022');
    await within(dialog).findByRole('group', { name: 'Customer IDs · Partner Portal' });
    await expect(
      within(dialog).getByRole('group', { name: 'Customer IDs · Customer Success' }),
    ).toBeVisible();
    await expect(
      within(dialog).getByRole('group', { name: 'Customer IDs · CMS Dashboard' }),
    ).toBeVisible();
    await expect(within(dialog).getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true');
  },
};

/** A License ID a transfer replaced: the result is its successor, and says so. */
export const ReplacedLicenseLeadsToSuccessor: Story = {
  beforeEach: () => signInPartner(),
  play: async ({ canvasElement }) => {
    const original = replaced();
    const { dialog } = await lookUp(canvasElement, original.id);
    const group = await within(dialog).findByRole('group', { name: 'Licenses · Partner Portal' });
    const option = within(group).getByRole('option', { name: /replaced by this license/ });
    await expect(option).toHaveTextContent(found(original.supersededBy, 'successor'));
  },
};

/** Nothing the user may see matches. */
export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const { dialog } = await lookUp(canvasElement, 'zzqq');
    await expect(
      await within(dialog).findByText('Nothing you may see matches “zzqq”.'),
    ).toBeVisible();
  },
};

/** Signed in to the CMS only: the other apps are named as not searched. */
export const OnlyOneAppSignedIn: Story = {
  beforeEach: () => cloud().signOutFleet(),
  play: async ({ canvasElement }) => {
    const { dialog } = await lookUp(canvasElement, 'hall');
    await within(dialog).findByRole('group', { name: 'Segment controllers · CMS Dashboard' });
    await expect(
      within(dialog).getByText(/Not searched, as you are not signed in there/),
    ).toHaveTextContent('Partner Portal, Customer Portal, License Manager, Customer Success');
  },
};

/** Signed in nowhere: nothing to look up, and why. */
export const SignedInNowhere: Story = {
  beforeEach: () => {
    cloud().signOut();
    cloud().signOutFleet();
  },
  play: async ({ canvasElement }) => {
    const { dialog } = await lookUp(canvasElement, 'hall');
    await expect(await within(dialog).findByText(/You are not signed in to any app/)).toBeVisible();
  },
};

/** The answer has not come yet: a busy bar under the field. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/lookup', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    const { dialog } = await lookUp(canvasElement, 'hall');
    await expect(
      await within(dialog).findByRole('progressbar', { name: 'Looking up…' }),
    ).toBeVisible();
  },
};

/** The lookup failed: the reason and Retry, the typed text kept. */
export const Failed: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/api/lookup', () =>
        HttpResponse.json({ code: 'internal', message: 'The cloud failed.' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const { dialog, field } = await lookUp(canvasElement, 'hall');
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('The lookup failed');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(field).toHaveValue('hall');
  },
};

/** On a phone the top bar shows only the icon, named for screen readers. */
export const ClosedOnPhone: Story = { ...onViewport(Closed, 'phone'), args: { compact: true } };
export const ResultsGroupedOnPhone: Story = {
  ...onViewport(ResultsGrouped, 'phone'),
  args: { compact: true },
};
export const ResultsGroupedOnLaptop: Story = onViewport(ResultsGrouped, 'laptop');
