import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud, resetCloud } from '@mocks/cloud/instance';
import { a, inspect } from '@tests/builders';
import { CmsDashboardPage } from '@/features/manage-licenses/cms-dashboard-page';
import { AUTO_OPEN_STORAGE_PREFIX } from '@/features/manage-licenses/status/use-auto-open';

/** Manage Licenses opening by itself (SS-2) would cover the dashboard: as if already shown. */
function autoOpenAlreadyShown() {
  for (const user of inspect().users)
    window.sessionStorage.setItem(`${AUTO_OPEN_STORAGE_PREFIX}${user.id}`, 'shown');
}

function controller(name: string) {
  const found = inspect().segmentControllers.find((c) => c.name === name);
  if (!found) throw new Error(`No segment controller ${name}`);
  return found;
}

/** Every license on a segment controller with what SS-15 keeps: dates, note, where. */
const licensesOn = (name: string) =>
  inspect()
    .licenses.filter((l) => l.activation?.segmentControllerId === controller(name).id)
    .map(({ id, activation, firstActivationDate }) => ({ id, activation, firstActivationDate }));

async function openMenuItem(name: string, item: RegExp) {
  const view = renderWithApp(<CmsDashboardPage />);
  const panel = await screen.findByRole('region', { name: 'Devices' });
  if (name !== 'Main Hall') await view.user.click(await within(panel).findByRole('tab', { name }));
  await within(panel).findByRole('table', { name: `Devices on ${name}` });
  await view.user.click(within(panel).getByRole('button', { name: `Actions for ${name}` }));
  const menuItem = await screen.findByRole('menuitem', { name: item });
  // Re-image waits for the licenses it checks.
  await expect.poll(() => menuItem.getAttribute('aria-disabled')).not.toBe('true');
  await view.user.click(menuItem);
  return { ...view, panel };
}

async function chooseRelease(user: ReturnType<typeof renderWithApp>['user'], version: string) {
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('combobox', { name: 'Software release' }));
  await user.click(await screen.findByRole('option', { name: version }));
  return dialog;
}

describe('a segment controller’s life (SS-70, SS-71)', () => {
  beforeEach(autoOpenAlreadyShown);

  it('re-images Main Hall to an older release: no license needed, every license and device stays', async () => {
    const licenses = licensesOn('Main Hall');
    const devices = inspect().devices.filter(
      (d) => d.segmentControllerId === controller('Main Hall').id,
    );
    const { user, panel } = await openMenuItem('Main Hall', /^Re-image/);
    const dialog = await chooseRelease(user, '4.3');
    expect(within(dialog).getByText(/No license needed/)).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Re-image' }));

    expect(
      await within(panel).findByText(
        'Main Hall now runs software 4.3. Every license stayed with its dates.',
      ),
    ).toBeVisible();
    // The dialog fades out after the outcome shows.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(controller('Main Hall').softwareVersion).toBe('4.3');
    expect(licensesOn('Main Hall')).toEqual(licenses);
    expect(
      inspect().devices.filter((d) => d.segmentControllerId === controller('Main Hall').id),
    ).toEqual(devices);
    const status = screen.getByRole('region', { name: 'License Status' });
    expect(await within(status).findByText(/software 4\.3/)).toBeVisible();
  });

  it('names what a newer release needs before trying, and keeps Re-image disabled without it', async () => {
    const { user } = await openMenuItem('Parking Garage', /^Re-image/);
    const dialog = await chooseRelease(user, '4.4');
    expect(
      within(dialog).getByText(
        /Upgrading Parking Garage to 4\.4 needs maintenance that has not expired, or an unused one-time upgrade license/,
      ),
    ).toBeVisible();
    expect(
      within(dialog).getByText(
        /Buy a 1- or 3-year maintenance license or a one-time upgrade license/,
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Re-image' })).toBeDisabled();
    expect(controller('Parking Garage').softwareVersion).toBe('4.2');
  });

  it('uses up an unused one-time upgrade license and says until when maintenance can be bought (SS-72)', async () => {
    const upgrade = a.license().upgrade().activatedOn(controller('Parking Garage')).add();
    const { user, panel } = await openMenuItem('Parking Garage', /^Re-image/);
    const dialog = await chooseRelease(user, '4.4');
    expect(
      within(dialog).getByText(new RegExp(`uses up the one-time upgrade license ${upgrade.id}`)),
    ).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Re-image' }));

    expect(
      await within(panel).findByText(
        `Parking Garage now runs software 4.4. It used up the one-time upgrade license ${upgrade.id}; annual maintenance can still be bought until 2026-12-23.`,
      ),
    ).toBeVisible();
    expect(inspect().licenses.find((l) => l.id === upgrade.id)?.upgradeUse).toEqual({
      date: '2026-11-23',
      toVersion: '4.4',
    });
  });

  it('shows the cloud’s refusal at the field when the upgrade license was used meanwhile, and keeps the choice', async () => {
    a.license().upgrade().activatedOn(controller('Parking Garage')).add();
    const { user } = await openMenuItem('Parking Garage', /^Re-image/);
    const dialog = await chooseRelease(user, '4.4');
    // Another Owner's upgrade to 4.3 uses the license up while this dialog is open.
    cloud().reimage(controller('Parking Garage').id, '4.3');

    await user.click(within(dialog).getByRole('button', { name: 'Re-image' }));

    const field = within(dialog).getByRole('combobox', { name: 'Software release' });
    expect(
      await within(dialog).findByText(
        /Re-imaging Parking Garage from 4\.3 to 4\.4 needs maintenance/,
      ),
    ).toBeVisible();
    expect(field).toHaveTextContent('4.4');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(controller('Parking Garage').softwareVersion).toBe('4.3');
  });

  it.each([
    [
      'Reset Databases',
      /^Reset Databases/,
      'The databases of Main Hall were reset: its device list is empty.',
    ],
    [
      'Restore Factory Settings',
      /^Restore Factory Settings/,
      'Main Hall was restored to its factory settings: its device list is empty.',
    ],
  ])(
    '%s asks first, empties the device list and keeps every license',
    async (action, item, done) => {
      const licenses = licensesOn('Main Hall');
      const { user, panel } = await openMenuItem('Main Hall', item);
      const dialog = await screen.findByRole('dialog', {
        name: new RegExp(`^${action} on Main Hall\\?`),
      });
      expect(within(dialog).getByText(/\(128 devices\)/)).toBeVisible();
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(
        inspect().devices.some((d) => d.segmentControllerId === controller('Main Hall').id),
      ).toBe(true);

      // The rest of the page is hidden from assistive technology until the dialog has gone.
      await user.click(await within(panel).findByRole('button', { name: 'Actions for Main Hall' }));
      await user.click(await screen.findByRole('menuitem', { name: item }));
      await user.click(
        within(await screen.findByRole('dialog')).getByRole('button', { name: action }),
      );

      expect(await within(panel).findByText(new RegExp(done.replace(/[.]/g, '\\.')))).toBeVisible();
      expect(await within(panel).findByText('No devices on Main Hall')).toBeVisible();
      expect(licensesOn('Main Hall')).toEqual(licenses);
    },
  );

  it('offers the menu to the Owner only', async () => {
    resetCloud().signInAs('Admin');
    autoOpenAlreadyShown();
    renderWithApp(<CmsDashboardPage />);
    const panel = await screen.findByRole('region', { name: 'Devices' });
    await within(panel).findByRole('table', { name: 'Devices on Main Hall' });
    expect(within(panel).queryByRole('button', { name: 'Actions for Main Hall' })).toBeNull();
  });
});
