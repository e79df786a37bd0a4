import type { Meta, StoryObj } from '@storybook/react-vite';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { expect, fn, spyOn, userEvent, within } from 'storybook/test';
import { partnerPortalQueries, useIssueMaintenanceFile } from '@/api/partner-portal';
import type { CustomerInventoryStatus } from '@/api/contract/partner-portal';
import { findDialog } from '@tests/play-helpers';
import { cloudArgTypes, signInPartner, type CloudArgs } from '@tests/story-cloud';
import { MaintenanceFileDialog } from '@/components/maintenance-file-dialog';

interface MaintenanceStoryProps {
  /** Where the customer's maintenance license stands (PP-10). */
  status: CustomerInventoryStatus;
  onClose: () => void;
}

/** The dialog as Customer Inventory opens it, for the customer's first such maintenance license. */
function MaintenanceFileForCustomer({ status, onClose }: MaintenanceStoryProps) {
  const inventory = useQuery(partnerPortalQueries.inventory());
  const issue = useIssueMaintenanceFile();
  if (!inventory.data) return <LinearProgress aria-label="Loading the inventory" />;
  const license = inventory.data.customerInventory.find(
    (l) => l.kind === 'maintenance' && l.status === status,
  );
  if (!license) throw new Error(`The seed has no ${status} maintenance license at a customer`);
  return <MaintenanceFileDialog license={license} issue={issue} onClose={onClose} />;
}

const meta = {
  title: 'Partner Portal dialogs/Maintenance file',
  component: MaintenanceFileForCustomer,
  args: { status: 'in-cloud', onClose: fn() },
  argTypes: {
    status: { control: 'inline-radio', options: ['in-cloud', 'active', 'expiring', 'expired'] },
    scenario: cloudArgTypes.scenario,
    latencyMs: cloudArgTypes.latencyMs,
  },
  beforeEach() {
    signInPartner();
    // No real download from a story: the link's click is caught.
    const click = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    return () => click.mockRestore();
  },
} satisfies Meta<MaintenanceStoryProps & CloudArgs>;

export default meta;
type Story = StoryObj<MaintenanceStoryProps & CloudArgs>;

/** PP-7: the install code of an offline controller; the file is issued and downloaded. */
export const Issue: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Issue maintenance file');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Install code' }),
      'ABCDE-FGHIJ-KLMNO-PQRST-UVW23',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Issue file' }));
    await expect(await within(dialog).findByText(/^File issued:/)).toBeVisible();
    await expect(
      within(dialog).getByRole('link', { name: /^Download maintenance-/ }),
    ).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveFocus();
  },
};

/** An install code of the wrong shape is refused on the field before anything is sent. */
export const InvalidInstallCode: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Issue maintenance file');
    const field = within(dialog).getByRole('textbox', { name: 'Install code' });
    await userEvent.type(field, 'ABC-123');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Issue file' }));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(within(dialog).queryByText(/^File issued:/)).toBeNull();
  },
};

/** A license already active on a controller with Internet access: the cloud says where. */
export const AlreadyActive: Story = {
  args: { status: 'active' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, 'Issue maintenance file');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Install code' }),
      'ABCDE-FGHIJ-KLMNO-PQRST-UVW23',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Issue file' }));
    await expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /is already active on /,
    );
  },
};
