import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { seedTypicalSite } from '@mocks/cloud/seed';
import { a } from '@tests/builders';
import { findDialog, onViewport } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { DevicesPanel } from '@/features/manage-licenses/devices/devices-panel';

// The seed is deterministic: these are the typical site's segment controllers in every story.
const [MAIN_HALL, , GARAGE] = seedTypicalSite().segmentControllers;
/** A fixed License ID, so the story reads the same each time. */
const UPGRADE_ID = '0b7e6f1a-4c2d-4e8f-9a3b-5d6c7e8f9a01';

/** The Devices panel on a segment controller's tab, its table loaded. */
async function findPanel(canvasElement: HTMLElement, controller = 'Main Hall') {
  const panel = within(canvasElement).getByRole('region', { name: 'Devices' });
  if (controller !== 'Main Hall')
    await userEvent.click(await within(panel).findByRole('tab', { name: controller }));
  await within(panel).findByRole('table', { name: `Devices on ${controller}` });
  return panel;
}

async function openMenu(canvasElement: HTMLElement, controller = 'Main Hall') {
  const panel = await findPanel(canvasElement, controller);
  await userEvent.click(within(panel).getByRole('button', { name: `Actions for ${controller}` }));
  return within(canvasElement.ownerDocument.body).findByRole('menu');
}

/** Opens Re-image on a segment controller and chooses a release. */
async function reimageTo(canvasElement: HTMLElement, controller: string, version: string) {
  const menu = await openMenu(canvasElement, controller);
  const item = within(menu).getByRole('menuitem', { name: 'Re-image…' });
  // Re-image waits for the licenses it checks.
  await waitFor(() => expect(item).not.toHaveAttribute('aria-disabled', 'true'));
  await userEvent.click(item);
  const dialog = await findDialog(canvasElement, `Re-image ${controller}`);
  await userEvent.click(within(dialog).getByRole('combobox', { name: 'Software release' }));
  await userEvent.click(
    await within(canvasElement.ownerDocument.body).findByRole('option', { name: version }),
  );
  return dialog;
}

const meta = {
  title: 'CMS/Segment controller lifecycle',
  component: DevicesPanel,
  argTypes: { scenario: cloudArgTypes.scenario, role: cloudArgTypes.role },
} satisfies Meta<ComponentProps<typeof DevicesPanel> & CloudArgs>;

export default meta;
type Story = StoryObj<ComponentProps<typeof DevicesPanel> & CloudArgs>;

/** SS-70: the Owner's menu of a segment controller. */
export const Menu: Story = {
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement);
    await expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Re-image…', 'Reset Databases…', 'Restore Factory Settings…']);
  },
};

/** SS-71: an older release needs no license. */
export const ReimageToOlderRelease: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await reimageTo(canvasElement, 'Main Hall', '4.3');
    await expect(within(dialog).getByText(/^No license needed/)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Re-image' })).toBeEnabled();
  },
};

/** SS-71: maintenance in force allows a newer release and is not used up. */
export const ReimageAllowedByMaintenance: Story = {
  beforeEach() {
    if (MAIN_HALL) cloud().reimage(MAIN_HALL.id, '4.0');
  },
  play: async ({ canvasElement }) => {
    const dialog = await reimageTo(canvasElement, 'Main Hall', '4.4');
    await expect(
      within(dialog).getByText(/^Allowed: maintenance on Main Hall is in force until/),
    ).toBeVisible();
  },
};

/** SS-71: Parking Garage's maintenance expired: the dialog says what to buy; Re-image stays disabled. */
export const ReimageNeedsMaintenance: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await reimageTo(canvasElement, 'Parking Garage', '4.4');
    await expect(
      within(dialog).getByText(/Buy a 1- or 3-year maintenance license or a one-time upgrade/),
    ).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Re-image' })).toBeDisabled();
  },
};

export const ReimageNeedsMaintenanceOnPhone: Story = onViewport(ReimageNeedsMaintenance, 'phone');

/** SS-72: an unused one-time upgrade license on Parking Garage allows one newer release. */
export const ReimageUsesUpgradeLicense: Story = {
  beforeEach() {
    if (GARAGE) a.license().upgrade().activatedOn(GARAGE).withId(UPGRADE_ID).add();
  },
  play: async ({ canvasElement }) => {
    const dialog = await reimageTo(canvasElement, 'Parking Garage', '4.4');
    await expect(
      within(dialog).getByText(new RegExp(`uses up the one-time upgrade license ${UPGRADE_ID}`)),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Re-image' }));
    // The page is hidden from assistive technology until the dialog has gone.
    const panel = await within(canvasElement).findByRole('region', { name: 'Devices' });
    await expect(
      await within(panel).findByText(/^Parking Garage now runs software 4\.4\. It used up/),
    ).toBeVisible();
  },
};

/** SS-70: Reset Databases asks first and says what goes and what stays. */
export const ResetDatabasesConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement);
    await userEvent.click(within(menu).getByRole('menuitem', { name: 'Reset Databases…' }));
    const dialog = await findDialog(canvasElement, 'Reset Databases on Main Hall?');
    await expect(dialog).toHaveTextContent('(128 devices)');
    await expect(dialog).toHaveTextContent('Every license stays activated with its dates.');
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** SS-70: after Restore Factory Settings the device list is empty; the licenses stay. */
export const AfterRestoreFactorySettings: Story = {
  play: async ({ canvasElement }) => {
    const menu = await openMenu(canvasElement);
    await userEvent.click(
      within(menu).getByRole('menuitem', { name: 'Restore Factory Settings…' }),
    );
    const dialog = await findDialog(canvasElement, 'Restore Factory Settings on Main Hall?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore Factory Settings' }));
    const panel = await within(canvasElement).findByRole('region', { name: 'Devices' });
    await expect(await within(panel).findByText('No devices on Main Hall')).toBeVisible();
    await expect(
      within(panel).getByRole('status', { name: 'Segment controller actions' }),
    ).toHaveTextContent('Main Hall was restored to its factory settings');
  },
};

/** SS-71: Boiler House runs 3.2, which licenses every device without a license. */
export const ControllerOnSoftware32: Story = {
  args: { scenario: 'software-upgrades' },
  play: async ({ canvasElement }) => {
    const panel = await findPanel(canvasElement, 'Boiler House');
    await expect(
      within(panel).getByRole('list', { name: 'Device states on Boiler House' }),
    ).toHaveTextContent('Provisioned18');
  },
};
