import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { resetCloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import { server } from '@mocks/node';
import { CmsDashboardPage } from './cms-dashboard-page';
import { AUTO_OPEN_STORAGE_PREFIX } from '@/features/manage-licenses/status/use-auto-open';

/** As if the Owner had already closed the dialog that opened by itself this session (SS-2). */
function autoOpenAlreadyShown() {
  const owner = inspect().users.find((u) => u.role === 'Owner');
  window.sessionStorage.setItem(`${AUTO_OPEN_STORAGE_PREFIX}${owner?.id ?? ''}`, 'shown');
}

function summaryOf(name: string) {
  const heading = screen.getByRole('heading', { name, level: 3 });
  const card = heading.parentElement?.parentElement;
  if (!card) throw new Error(`No summary for ${name}`);
  return card;
}

describe('CMS dashboard: License Status display (SS-3)', () => {
  beforeEach(autoOpenAlreadyShown);

  it('shows licensed devices / devices, maintenance coverage and what is wrong per segment controller', async () => {
    renderWithApp(<CmsDashboardPage />);
    const status = await screen.findByRole('region', { name: 'License Status' });
    await within(status).findByRole('heading', { name: 'Main Hall' });

    expect(summaryOf('Main Hall')).toHaveTextContent('Licensed devices128 / 128');
    expect(summaryOf('Main Hall')).toHaveTextContent('All licensed · capacity 150');
    expect(summaryOf('Main Hall')).toHaveTextContent('MaintenanceCovers 150 of 150');

    // 30 devices on 25 licenses: not a full bar, and the 5 without a license in words.
    const plantRoom = summaryOf('Plant Room');
    expect(plantRoom).toHaveTextContent('SmartServer Pi');
    expect(plantRoom).toHaveTextContent('Licensed devices25 / 30');
    expect(plantRoom).toHaveTextContent('5 devices unlicensed · capacity 25');
    expect(
      within(plantRoom).getByRole('progressbar', { name: 'Plant Room: 25 of 30 devices licensed' }),
    ).toHaveAttribute('aria-valuenow', String(Math.round((25 / 30) * 100)));
    expect(plantRoom).toHaveTextContent('Expiring 2026-12-14');
    // Said once, by the meter, not again as a finding below it.
    expect(plantRoom).not.toHaveTextContent('5 of 30 devices are unlicensed');

    const garage = summaryOf('Parking Garage');
    expect(garage).toHaveTextContent('Offline');
    expect(garage).toHaveTextContent('Expired 2026-05-19');
    expect(garage).toHaveTextContent('Maintenance covers 0 of 20 devices; 20 more needed');
  });

  it('opens Manage Licenses when the Owner clicks anywhere on it', async () => {
    const { user, location } = renderWithApp(<CmsDashboardPage />);
    await user.click(await screen.findByText('SmartServer Pi · software 4.4'));
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    expect(await within(dialog).findAllByRole('row')).toHaveLength(10);
    expect(location.history.at(-1)).toBe('/?manage=licenses');
  });

  it('opens Manage Licenses from the keyboard through its button', async () => {
    const { user } = renderWithApp(<CmsDashboardPage />);
    const button = await screen.findByRole('button', { name: 'Manage Licenses' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Manage Licenses' })).toBeVisible();
  });

  it('is read-only with the reason for users who are not the Owner (SS-1)', async () => {
    resetCloud().signInAs('Admin');
    const { user, location } = renderWithApp(<CmsDashboardPage />, { url: '/?manage=licenses' });
    expect(await screen.findByText(/only the Owner can manage licenses/)).toHaveTextContent(
      'You are signed in as Marcus Lee (Admin).',
    );
    expect(screen.queryByRole('button', { name: 'Manage Licenses' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('heading', { name: 'Main Hall' }));
    expect(location.history).toEqual(['/?manage=licenses']);
    // Even a deep link does not open the dialog for them.
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says the cloud cannot be reached (not that the sign-in failed), and recovers on Retry', async () => {
    resetCloud('cloud-unreachable');
    const { user } = renderWithApp(<CmsDashboardPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    expect(alert).toHaveTextContent('Check the network connection and try again.');
    expect(alert).not.toHaveTextContent(/sign-in|session/);
    resetCloud();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Main Hall' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says an expired session is expired, apart from a cloud that cannot be reached', async () => {
    server.use(
      http.get('*/api/session', () =>
        HttpResponse.json({ code: 'unauthenticated', message: 'No session' }, { status: 401 }),
      ),
    );
    renderWithApp(<CmsDashboardPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired');
    expect(alert).toHaveTextContent('Sign in again to continue.');
  });

  it('shows a Retry when the license reads keep failing after sign-in, and recovers', async () => {
    server.use(
      http.get('*/api/cms/segment-controllers', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
    const { user } = renderWithApp(<CmsDashboardPage />);
    const status = await screen.findByRole('region', { name: 'License Status' });
    const alert = await within(status).findByRole('alert');
    expect(alert).toHaveTextContent('License status could not be loaded');
    expect(alert).toHaveTextContent('Database unavailable');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Main Hall' })).toBeVisible();
  });
});

describe('SS-2: Manage Licenses opens by itself', () => {
  it('opens once after the Owner signs in when a segment has more devices than capacity, and Close dismisses it for the session', async () => {
    const first = renderWithApp(<CmsDashboardPage />);
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    await first.user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    first.unmount();

    renderWithApp(<CmsDashboardPage />);
    await screen.findByRole('heading', { name: 'Main Hall' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not reopen after the Owner closes a dialog that was opened by a link', async () => {
    const { user, location } = renderWithApp(<CmsDashboardPage />, { url: '/?manage=licenses' });
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    await within(dialog).findByRole('table', { name: 'Activated licenses', busy: false });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await screen.findByRole('button', { name: 'Manage Licenses' });
    expect(location.history.at(-1)).toBe('/');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens on a fresh install, where licensing was never activated', async () => {
    resetCloud('fresh-install');
    renderWithApp(<CmsDashboardPage />);
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    expect(await within(dialog).findByText('No licenses activated')).toBeVisible();
  });

  it('stays shut when capacity covers every device', async () => {
    the.segmentController('Plant Room').withoutDevices('unlicensed');
    renderWithApp(<CmsDashboardPage />);
    await screen.findByRole('heading', { name: 'Plant Room' });
    await screen.findByRole('button', { name: 'Manage Licenses' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('never opens for other CMS user types', async () => {
    resetCloud('fresh-install').signInAs('User');
    renderWithApp(<CmsDashboardPage />);
    expect(await screen.findByText(/only the Owner can manage licenses/)).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
