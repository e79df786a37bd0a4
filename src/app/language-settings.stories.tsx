import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { onViewport } from '@tests/play-helpers';
import { AppShell } from './app-shell';
import { CustomerPortalPage } from '@/features/customer-portal/customer-portal-page';

const SAVED_LANGUAGE = 'license-console.language';

/** The shell around a page with words of its own: the customer portal's sign-in. */
function ShellWithPage() {
  return (
    <AppShell>
      <CustomerPortalPage />
    </AppShell>
  );
}

const meta = {
  title: 'App/Language settings',
  component: ShellWithPage,
  parameters: { layout: 'fullscreen', url: '/customer' },
  // The choice is saved in the browser: every story starts in English and leaves no choice behind.
  beforeEach: () => {
    localStorage.setItem(SAVED_LANGUAGE, JSON.stringify({ locale: 'en', dateStyle: 'iso' }));
    return () => localStorage.removeItem(SAVED_LANGUAGE);
  },
} satisfies Meta<typeof ShellWithPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** UX-1: Deutsch from the top bar, by keyboard; the page speaks German and the choice is saved. */
export const SwitchToGerman: Story = {
  play: async ({ canvas, canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    const opener = await canvas.findByRole('button', { name: 'Language and dates' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await body.findByRole('dialog', { name: 'Language and dates' });
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Deutsch' }));
    await expect(await body.findByRole('dialog', { name: 'Sprache und Datum' })).toBeVisible();
    await expect(JSON.parse(localStorage.getItem(SAVED_LANGUAGE) ?? '{}')).toMatchObject({
      locale: 'de',
    });

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await expect(canvas.getByRole('button', { name: 'Sprache und Datum' })).toHaveFocus();
    await expect(await canvas.findByRole('heading', { name: 'Lizenz-Kundenportal' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  },
};

export const SwitchToGermanOnPhone: Story = onViewport(SwitchToGerman, 'phone');
