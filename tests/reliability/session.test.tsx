import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { licenseQueries } from '@/api/licenses';
import { sessionQueries } from '@/api/session';
import { SessionExpiredDialog } from '@/app/session-expired-dialog';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { renderWithApp } from '@tests/render';

function plantRoom() {
  const controller = inspect().segmentControllers.find((c) => c.name === 'Plant Room');
  if (!controller) throw new Error('No Plant Room in the seed');
  return controller;
}

function harborLogisticsId() {
  const customer = inspect().customers.find((c) => c.name === 'Harbor Logistics');
  if (!customer) throw new Error('No Harbor Logistics in the seed');
  return customer.id;
}

describe('R12 — the session ends mid-task', () => {
  it('asks to sign in again over the form, keeps what was typed, and the save then goes through', async () => {
    const { user } = renderWithApp(
      <>
        <ManageLicensesDialog />
        <SessionExpiredDialog />
      </>,
      { url: '/?manage=customer-accounts' },
    );
    const table = await screen.findByRole('table', { name: 'Customer accounts', busy: false });
    const field = within(table).getByRole('textbox', { name: 'Customer ID for Plant Room' });
    const typed = harborLogisticsId();
    await user.type(field, typed);

    cloud().expireSessions();
    const row = within(field.closest('tr') ?? table);
    await user.click(row.getByRole('button', { name: 'Save Changes' }));

    const prompt = await screen.findByRole('dialog', { name: 'Your session has expired' });
    expect(plantRoom().customerId).toBeNull();
    expect(field).toHaveValue(typed);

    await user.click(within(prompt).getByRole('button', { name: 'Sign in again' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Your session has expired' })).toBeNull(),
    );
    expect(cloud().session().user.role).toBe('Owner');
    expect(field).toHaveValue(typed);

    await user.click(row.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() => expect(plantRoom().customerId).toBe(typed));
  });

  it('asks to sign in over Manage Licenses when the session had ended before the page opened', async () => {
    cloud().expireSessions();
    let answerSession: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answerSession = resolve));
    // The session's own read answers last, after another read has found the session ended.
    server.use(http.get('*/api/session', () => held));
    const { user, queryClient } = renderWithApp(
      <>
        <ManageLicensesDialog />
        <SessionExpiredDialog />
      </>,
      { url: '/?manage=licenses' },
    );
    await queryClient.fetchQuery(licenseQueries.activated()).catch(() => undefined);
    await screen.findByRole('dialog', { name: 'Your session has expired' });
    answerSession();
    await waitFor(() =>
      expect(queryClient.getQueryState(sessionQueries.current().queryKey)?.status).toBe('error'),
    );

    // The prompt stays on top, where the keyboard and a screen reader can reach it.
    const prompt = screen.getByRole('dialog', { name: 'Your session has expired' });
    expect(screen.queryByRole('dialog', { name: 'Manage Licenses' })).toBeNull();
    await user.click(within(prompt).getByRole('button', { name: 'Sign in again' }));
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    // The licenses, not the skeleton that stands in for them (a busy table of the same name).
    await waitFor(() => {
      const table = within(dialog).getByRole('table', { name: 'Activated licenses' });
      expect(table).not.toHaveAttribute('aria-busy', 'true');
      expect(table).toBeVisible();
    });
  });

  it('signs the same user type in again, not the Owner, when an Admin’s session ends', async () => {
    cloud().signInAs('Admin');
    const { user, queryClient } = renderWithApp(<SessionExpiredDialog />);
    await queryClient.fetchQuery(sessionQueries.current());
    cloud().expireSessions();
    await queryClient.fetchQuery(licenseQueries.activated()).catch(() => undefined);
    const prompt = await screen.findByRole('dialog', { name: 'Your session has expired' });
    await user.click(within(prompt).getByRole('button', { name: 'Sign in again' }));
    await waitFor(() => expect(cloud().session().user.role).toBe('Admin'));
  });
});
