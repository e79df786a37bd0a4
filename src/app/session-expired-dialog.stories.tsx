import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { LicenseStatusDisplay } from '@/features/manage-licenses/status/license-status-display';
import { SessionExpiredDialog } from './session-expired-dialog';

/** The dashboard's display behind the prompt, so the story shows what stays on screen. */
function DashboardWithPrompt() {
  return (
    <>
      <LicenseStatusDisplay />
      <SessionExpiredDialog />
    </>
  );
}

const meta = {
  title: 'App/Session expired',
  component: DashboardWithPrompt,
  beforeEach: () => cloud().expireSessions(),
} satisfies Meta<typeof DashboardWithPrompt>;

export default meta;
type Story = StoryObj<typeof meta>;

/** R12: the session ended; signing in again brings the screen back as it was. */
export const SignInAgain: Story = {
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const prompt = await body.findByRole('dialog', { name: 'Your session has expired' });
    await expect(prompt).toHaveTextContent('What you typed or selected stays as it is');
    await userEvent.click(within(prompt).getByRole('button', { name: 'Sign in again' }));
    await waitFor(() =>
      expect(body.queryByRole('dialog', { name: 'Your session has expired' })).toBeNull(),
    );
    await expect(await body.findByRole('heading', { name: 'Main Hall' })).toBeVisible();
  },
};
