import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cloud, currentScenario, networkFaults } from '@mocks/cloud/instance';
import { renderWithApp } from '@tests/render';
import { DevToolbar } from './dev-toolbar';

async function openToolbar() {
  const view = renderWithApp(<DevToolbar />);
  const button = screen.getByRole('button', { name: 'Simulation' });
  await view.user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = screen.getByRole('region', { name: 'Simulated cloud controls' });
  await within(panel).findByText('2026-11-23');
  // The scenario and network settings arrive after the clock; wait for them as a user would.
  await within(panel).findByRole('combobox', { name: 'Scenario' });
  return { ...view, panel };
}

describe('MC-4: the dev toolbar', () => {
  it('moves the simulated clock by a day, a week, a month, or to a date', async () => {
    const { user, panel } = await openToolbar();
    await user.click(within(panel).getByRole('button', { name: '+1 day' }));
    expect(await within(panel).findByText('2026-11-24')).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: '+1 week' }));
    expect(await within(panel).findByText('2026-12-01')).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: '+1 month' }));
    expect(await within(panel).findByText('2027-01-01')).toBeVisible();
    const date = within(panel).getByLabelText('Go to date');
    await user.type(date, '2027-03-31');
    await user.click(within(panel).getByRole('button', { name: 'Go' }));
    expect(await within(panel).findByText('2027-03-31')).toBeVisible();
    expect(cloud().clock().today).toBe('2027-03-31');
  });

  it('refuses a date that is not after today, next to the field', async () => {
    const { user, panel } = await openToolbar();
    await user.type(within(panel).getByLabelText('Go to date'), '2026-11-01');
    expect(within(panel).getByText('Pick a date after today.')).toBeVisible();
    expect(within(panel).getByRole('button', { name: 'Go' })).toBeDisabled();
    await user.clear(within(panel).getByLabelText('Go to date'));
    await user.type(within(panel).getByLabelText('Go to date'), '31.03.2027');
    expect(within(panel).getByText('Type a date as YYYY-MM-DD.')).toBeVisible();
    expect(cloud().clock().today).toBe('2026-11-23');
  });

  it('ends every session mid-task (R12); switching users is the top bar’s identity menu', async () => {
    const { user, panel } = await openToolbar();
    expect(within(panel).queryByRole('combobox', { name: 'Signed in as' })).not.toBeInTheDocument();
    expect(within(panel).getByText('Switch users from the name in the top bar.')).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: 'End session' }));
    await waitFor(() => expect(() => cloud().session()).toThrow());
    expect(() => cloud().fleetSession()).toThrow();
  });

  it('resets to a scenario only after confirming, keeping the network settings', async () => {
    const { user, panel } = await openToolbar();
    await user.click(within(panel).getByRole('button', { name: '+1 day' }));
    await within(panel).findByText('2026-11-24');
    await user.click(within(panel).getByRole('combobox', { name: 'Latency' }));
    await user.click(screen.getByRole('option', { name: '250 ms' }));
    await waitFor(() => expect(networkFaults().latencyMs).toBe(250));

    await user.click(within(panel).getByRole('combobox', { name: 'Scenario' }));
    await user.click(screen.getByRole('option', { name: 'Fresh install' }));
    await user.click(within(panel).getByRole('button', { name: 'Reset data' }));
    const confirm = screen.getByRole('dialog', { name: 'Reset the simulated cloud?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(currentScenario()).toBe('typical-site');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(panel).getByRole('button', { name: 'Reset data' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Reset the simulated cloud?' })).getByRole(
        'button',
        { name: 'Reset data' },
      ),
    );
    await waitFor(() => expect(currentScenario()).toBe('fresh-install'));
    expect(cloud().listActivatedLicenses()).toEqual([]);
    expect(cloud().clock().today).toBe('2026-11-23');
    expect(networkFaults().latencyMs).toBe(250);
  });

  it('injects network faults and can always switch them off again', async () => {
    const { user, panel } = await openToolbar();
    await user.click(within(panel).getByRole('switch', { name: 'Cloud unreachable' }));
    await waitFor(() => expect(networkFaults().unreachable).toBe(true));
    await user.click(within(panel).getByRole('switch', { name: 'Cloud unreachable' }));
    await waitFor(() => expect(networkFaults().unreachable).toBe(false));
    await user.click(within(panel).getByRole('combobox', { name: 'Error rate' }));
    await user.click(screen.getByRole('option', { name: '25 %' }));
    await waitFor(() => expect(networkFaults().errorRate).toBe(0.25));
  });
});
