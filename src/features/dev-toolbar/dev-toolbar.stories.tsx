import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { cloud, currentScenario, networkFaults } from '@mocks/cloud/instance';
import { onViewport } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { DevToolbar } from './dev-toolbar';

async function openPanel(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Simulation' }));
  const panel = canvas.getByRole('region', { name: 'Simulated cloud controls' });
  await within(panel).findByText(cloud().clock().today);
  // The scenario and network settings arrive after the clock; wait for them as a user would.
  await within(panel).findByRole('combobox', { name: 'Scenario' });
  return within(panel);
}

const meta = {
  title: 'Simulation toolbar',
  component: DevToolbar,
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** MC-4: closed, the toolbar is one button in the top bar. */
export const Closed: Story = {
  play: async ({ canvas }) => {
    const button = canvas.getByRole('button', { name: 'Simulation' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  },
};

/** MC-2, MC-4: the simulated date moves forward a day; the network settings are there too. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const panel = await openPanel(canvasElement);
    await userEvent.click(panel.getByRole('button', { name: '+1 day' }));
    await expect(await panel.findByText('2026-11-24')).toBeVisible();
    await expect(panel.getByRole('combobox', { name: 'Latency' })).toBeVisible();
    await expect(panel.getByRole('switch', { name: 'Cloud unreachable' })).not.toBeChecked();
    await expect(panel.getByRole('combobox', { name: 'Scenario' })).toHaveTextContent(
      'Typical site',
    );
  },
};

/** MC-3: another scenario only after confirming, since everything done so far is lost. */
export const ResetToScenario: Story = {
  play: async ({ canvasElement }) => {
    const panel = await openPanel(canvasElement);
    await userEvent.click(panel.getByRole('combobox', { name: 'Scenario' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Fresh install' }));
    await userEvent.click(panel.getByRole('button', { name: 'Reset data' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reset the simulated cloud?' });
    await expect(confirm).toHaveTextContent('replaced by the “Fresh install” scenario');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Reset data' }));
    await waitFor(() => expect(currentScenario()).toBe('fresh-install'));
  },
};

/** MC-4: the latency set in the Controls panel is the one the toolbar shows and can change. */
export const WithLatency: Story = {
  args: { latencyMs: 250 },
  play: async ({ canvasElement }) => {
    const panel = await openPanel(canvasElement);
    await expect(panel.getByRole('combobox', { name: 'Latency' })).toHaveTextContent('250 ms');
    await expect(networkFaults().latencyMs).toBe(250);
  },
};

/** UX-2: on a phone the button is an icon and the panel fits the screen. */
export const OpenOnPhone: Story = onViewport(Open, 'phone');
