import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import { inspect, the } from '@tests/builders';
import { findDialog } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';

/** Eight new serials, then a line of the wrong shape and a repeated serial (LM-10). */
const PASTED = [
  ...Array.from({ length: 8 }, (_, i) => `A3000${i}, Dock ${i + 1}`),
  'not-a-serial',
  'A30001',
].join('\n');

async function openAddSensors(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.click(await canvas.findByRole('button', { name: 'Add sensors' }));
  const dialog = await findDialog(canvasElement, 'Add sensors');
  await userEvent.click(within(dialog).getByRole('textbox', { name: 'Serial numbers' }));
  await userEvent.paste(PASTED);
  return dialog;
}

const meta = {
  title: 'License Manager/Add sensors',
  component: LicenseManagerPage,
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
  parameters: { url: '/fleet' },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** LM-10: each bad line named before sending; five new sensors take the pool's five, three wait. */
export const PastedList: Story = {
  play: async ({ canvasElement }) => {
    const dialog = await openAddSensors(canvasElement);
    await expect(
      within(dialog).getByText('8 sensors to add, 2 lines with a problem.'),
    ).toBeVisible();
    await expect(
      within(dialog).getByText(
        'Line 9: NOT-A-SERIAL is not a serial number (6 to 12 hexadecimal digits, like 282C94).',
      ),
    ).toBeVisible();
    await expect(within(dialog).getByText('Line 10: A30001 is listed twice.')).toBeVisible();
    await expect(within(dialog).getByText(/3 new sensors wait for a license/)).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add 8 sensors' }));
    await expect(
      await within(dialog).findByText('8 sensors added: 5 with a license, 3 waiting for one.'),
    ).toBeVisible();
    await expect(inspect().fleet.pool).toHaveLength(0);
  },
};

/** LM-10: with the pool empty, the same dialog takes an activation code and licenses them all. */
export const PoolEmptyWithCode: Story = {
  beforeEach() {
    the.fleet().withEmptyPool();
  },
  play: async ({ canvasElement }) => {
    const dialog = await openAddSensors(canvasElement);
    await expect(within(dialog).getByText(/The pool is empty: 8 new sensors wait/)).toBeVisible();
    const code = within(dialog).getByRole('textbox', { name: 'Activation Code (optional)' });
    await userEvent.click(code);
    await userEvent.paste(VALID_ACTIVATION_CODE.toLowerCase());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add 8 sensors' }));
    await expect(
      await within(dialog).findByText('8 sensors added: 5 with a license, 3 waiting for one.'),
    ).toBeVisible();
  },
};

/** LM-10: a refused code adds nothing and keeps the list as pasted. */
export const CodeRefused: Story = {
  beforeEach() {
    the.fleet().withEmptyPool();
  },
  play: async ({ canvasElement }) => {
    const dialog = await openAddSensors(canvasElement);
    const code = within(dialog).getByRole('textbox', { name: 'Activation Code (optional)' });
    await userEvent.click(code);
    await userEvent.paste('AAAA-BBBB-CCCC-DDDD');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add 8 sensors' }));
    await expect(
      await within(dialog).findByText('The activation code AAAA-BBBB-CCCC-DDDD is not known.'),
    ).toBeVisible();
    await expect(within(dialog).getByRole('textbox', { name: 'Serial numbers' })).toHaveValue(
      PASTED,
    );
    await expect(inspect().fleet.sensors.some((s) => s.serial === 'A30000')).toBe(false);
  },
};

/** LM-10: a list longer than one paste may hold is refused whole, at the field. */
export const TooManyLines: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Add sensors' }));
    const dialog = await findDialog(canvasElement, 'Add sensors');
    await userEvent.click(within(dialog).getByRole('textbox', { name: 'Serial numbers' }));
    const lines = Array.from({ length: 1001 }, (_, i) => `B${String(i).padStart(5, '0')}`);
    await userEvent.paste(lines.join('\n'));
    await expect(
      within(dialog).getByText('Add at most 1,000 sensors at a time; this list has 1,001 lines.'),
    ).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Add 1,001 sensors' })).toBeDisabled();
  },
};
