import { http, HttpResponse } from 'msw';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { resetCloud } from '@mocks/cloud/instance';
import { server } from '@mocks/node';
import { CmsDashboardPage } from './cms-dashboard-page';

function summaryOf(name: string) {
  const heading = screen.getByRole('heading', { name, level: 3 });
  const card = heading.parentElement?.parentElement;
  if (!card) throw new Error(`No summary for ${name}`);
  return card;
}

describe('CMS dashboard: License Status display (SS-3)', () => {
  it('shows licensed devices / capacity, maintenance status and coverage per segment controller', async () => {
    renderWithApp(<CmsDashboardPage />);
    const status = await screen.findByRole('region', { name: 'License Status' });
    await within(status).findByRole('heading', { name: 'Main Hall' });

    expect(summaryOf('Main Hall')).toHaveTextContent('Licensed devices128 / 150');
    expect(summaryOf('Main Hall')).toHaveTextContent('MaintenanceActive');

    const plantRoom = summaryOf('Plant Room');
    expect(plantRoom).toHaveTextContent('SmartServer Pi');
    expect(plantRoom).toHaveTextContent('25 / 25');
    expect(plantRoom).toHaveTextContent('Expiring 2026-12-14');
    expect(plantRoom).toHaveTextContent('5 of 30 devices are unlicensed: capacity is 25.');

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

  it('says the sign-in could not be checked when the cloud cannot be reached, and recovers on Retry', async () => {
    resetCloud('cloud-unreachable');
    const { user } = renderWithApp(<CmsDashboardPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your sign-in could not be checked');
    expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    resetCloud();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Main Hall' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a Retry when the licence reads fail after sign-in', async () => {
    server.use(
      http.get(
        '*/api/cms/segment-controllers',
        () =>
          HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderWithApp(<CmsDashboardPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('License status could not be loaded');
    expect(alert).toHaveTextContent('Database unavailable');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Main Hall' })).toBeVisible();
  });
});
