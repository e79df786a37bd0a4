import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { inspect } from '@tests/builders';
import { findDialog } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { ExpiryRecipientsDialog } from './expiry-recipients-dialog';

const meta = {
  title: 'License Manager dialogs/Expiry e-mails',
  component: ExpiryRecipientsDialog,
  args: { open: true, onClose: fn() },
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
} satisfies Meta<ComponentProps<typeof ExpiryRecipientsDialog> & CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** LM-7: the organization's users, the chosen ones ticked; Save keeps the new choice. */
export const ChooseRecipients: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, 'Expiry e-mails');
    const boxes = await within(dialog).findAllByRole('checkbox');
    await expect(boxes.length).toBeGreaterThan(1);
    const before = boxes.filter((box) => box instanceof HTMLInputElement && box.checked).length;
    const unticked = boxes.find((box) => box instanceof HTMLInputElement && !box.checked);
    if (!unticked) throw new Error('Every user already receives the e-mails');
    await userEvent.click(unticked);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(args.onClose).toHaveBeenCalledOnce());
    await expect(inspect().fleet.expiryRecipientIds).toHaveLength(before + 1);
  },
};

/** The users could not be loaded: the reason, with Retry, and Save stays off. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/api/fleet/expiry-recipients', () =>
        HttpResponse.json({ code: 'internal', message: 'Directory unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Expiry e-mails');
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('The organization’s users could not be loaded');
    await expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();
  },
};
