import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent } from 'storybook/test';
import { onViewport } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { CustomerPortalPage } from './customer-portal-page';

const meta = {
  title: 'Customer Portal sign-in/E-mail',
  component: CustomerPortalPage,
  parameters: { url: '/customer' },
  args: { email: 'facilities@riverside.example' },
  argTypes: {
    email: { control: 'text', description: 'The contact e-mail typed into the form.' },
    scenario: cloudArgTypes.scenario,
    latencyMs: cloudArgTypes.latencyMs,
  },
} satisfies Meta<CloudArgs & { email: string }>;

export default meta;
type Story = StoryObj<CloudArgs & { email: string }>;

/** CP-1: a contact e-mail a partner added opens that customer's licenses. */
export const SignedIn: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(await canvas.findByRole('tab', { name: 'E-mail' }));
    await expect(
      canvas.getByRole('form', { name: 'Sign in with an e-mail address' }),
    ).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'E-mail' }), `${args.email}{Enter}`);
    await expect(await canvas.findByText('P2022-0208')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeVisible();
  },
};

/** CP-1: an address that is not an e-mail is refused on the field before anything is sent. */
export const NotAnAddress: Story = {
  args: { email: 'facilities-at-riverside' },
  play: async ({ canvas, args }) => {
    await userEvent.click(await canvas.findByRole('tab', { name: 'E-mail' }));
    const field = canvas.getByRole('textbox', { name: 'E-mail' });
    await userEvent.type(field, `${args.email}{Enter}`);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.queryByRole('button', { name: 'Sign out' })).toBeNull();
  },
};

/** UX-2: the e-mail sign-in on a phone. */
export const SignedInOnPhone: Story = onViewport(SignedIn, 'phone');
