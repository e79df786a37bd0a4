import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { transferToCloudBodySchema } from '@/api/contract/transfers';
import { cloud } from '@mocks/cloud/instance';
import { the } from '@tests/builders';
import { seedTypicalSite } from '@mocks/cloud/seed';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { onViewport, findDialog } from '@tests/play-helpers';

// The seed is deterministic: these are the typical site's segment controllers in every story.
const [MAIN_HALL, , GARAGE] = seedTypicalSite().segmentControllers;
const TITLE = 'Transfer licenses to the cloud?';
const TRANSFERS = '*/api/cms/license-transfers';

/** The Manage Licenses list once loaded, narrowed by the story's URL. */
async function findList(canvasElement: HTMLElement) {
  const dialog = await findDialog(canvasElement, 'Manage Licenses');
  await waitFor(() => {
    const table = within(dialog).getByRole('table', { name: 'Activated licenses' });
    expect(table).not.toHaveAttribute('aria-busy');
  });
  return dialog;
}

async function openConfirmation(canvasElement: HTMLElement) {
  const dialog = await findList(canvasElement);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Transfer to Cloud' }));
  return findDialog(canvasElement, TITLE);
}

async function confirmTransfer(canvasElement: HTMLElement) {
  const confirmation = await openConfirmation(canvasElement);
  await userEvent.click(within(confirmation).getByRole('button', { name: 'Transfer Licenses' }));
  return confirmation;
}

const meta = {
  title: 'CMS/Manage Licenses/Transfer to Cloud',
  component: ManageLicensesDialog,
  parameters: { url: `/?manage=licenses&segment=${MAIN_HALL?.id ?? ''}` },
} satisfies Meta<typeof ManageLicensesDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SS-40: the list narrowed to Main Hall; Transfer to Cloud asks first, with Cancel focused. */
export const Confirm: Story = {
  play: async ({ canvasElement }) => {
    const confirmation = await openConfirmation(canvasElement);
    await expect(confirmation).toHaveTextContent(
      'This sends 2 capacity and 2 maintenance licenses from Main Hall back to the cloud.',
    );
    await expect(confirmation).toHaveTextContent('will become unlicensed (purple)');
    await waitFor(() =>
      expect(within(confirmation).getByRole('button', { name: 'Cancel' })).toHaveFocus(),
    );
  },
};

/** SS-41, SS-42: confirmed; the rows leave the list and a message says what happened. */
export const Transferred: Story = {
  play: async ({ canvasElement }) => {
    await confirmTransfer(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const message = await body.findByText(
      '4 licenses transferred to the cloud on 2026-11-23. Their devices are now unlicensed.',
    );
    // The message slides in.
    await waitFor(() => expect(message.closest('[role="status"]')).toBeVisible());
    await expect(await body.findByText('No licenses activated on Main Hall')).toBeVisible();
  },
};

/**
 * SS-41: Main Hall lost its connection after the list was loaded; the cloud answers 503 and the
 * confirmation shows the offline path.
 */
export const SegmentOffline: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(
        TRANSFERS,
        () => {
          the.segmentController('Main Hall').offline();
          // Falls through to the simulated cloud, which now refuses.
          return undefined;
        },
        { once: true },
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const confirmation = await confirmTransfer(canvasElement);
    const alert = await within(confirmation).findByRole('alert');
    await expect(alert).toHaveTextContent('Main Hall is offline and cannot reach the cloud');
    await expect(alert).toHaveTextContent('contact Customer Success with its install code');
  },
};

/** SS-8, SS-41: with the offline Parking Garage listed, Transfer to Cloud is unavailable and says why. */
export const OfflineUnavailable: Story = {
  parameters: { url: `/?manage=licenses&segment=${GARAGE?.id ?? ''}` },
  play: async ({ canvasElement }) => {
    const dialog = await findList(canvasElement);
    const action = within(dialog).getByRole('button', { name: 'Transfer to Cloud' });
    await expect(action).toHaveAttribute('aria-disabled', 'true');
    await expect(action).toHaveAccessibleDescription(/Parking Garage is offline/);
    await userEvent.hover(action);
    await expect(
      await within(canvasElement.ownerDocument.body).findByRole('tooltip'),
    ).toHaveTextContent('Transfer to Cloud: Parking Garage is offline');
  },
};

/** The cloud fails with a 500: the confirmation stays open with the reason, nothing changed. */
export const Failed: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(TRANSFERS, () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const confirmation = await confirmTransfer(canvasElement);
    const alert = await within(confirmation).findByRole('alert');
    await expect(alert).toHaveTextContent('The licenses were not transferred');
    await expect(alert).toHaveTextContent('Database unavailable');
  },
};

/** R10: the cloud applied the transfer but the answer was lost; Retry would replay it by key. */
export const OutcomeUnknown: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.post(
        TRANSFERS,
        async ({ request }) => {
          const { licenseIds } = transferToCloudBodySchema.parse(await request.json());
          cloud().transferToCloud(licenseIds, request.headers.get('Idempotency-Key'));
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const confirmation = await confirmTransfer(canvasElement);
    const alert = await within(confirmation).findByRole('alert');
    await expect(alert).toHaveTextContent('Outcome unknown');
    await waitFor(() => expect(alert).toHaveTextContent('The list no longer shows these licenses'));
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  },
};

/** UX-2: the Confirm story on a phone and on a small laptop; nothing scrolls sideways. */
export const ConfirmOnPhone: Story = onViewport(Confirm, 'phone');
export const ConfirmOnLaptop: Story = onViewport(Confirm, 'laptop');
