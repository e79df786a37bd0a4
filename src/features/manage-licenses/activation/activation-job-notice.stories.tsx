import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import { ActivationJobNotice } from './activation-job-notice';
import { onViewport } from '@tests/play-helpers';

/** Starts a job for the first license waiting for Main Hall, at a minute per license. */
function startSlowJob() {
  const model = cloud();
  the.cloud().activationTakes(60_000);
  const mainHall = inspect().segmentControllers.find((c) => c.name === 'Main Hall');
  const waiting = model
    .listCloudLicenses()
    .find((l) => mainHall && l.segmentControllerIds.includes(mainHall.id));
  if (!mainHall || !waiting) throw new Error('The seed has nothing waiting for Main Hall');
  model.startActivation([{ segmentControllerId: mainHall.id, licenseId: waiting.licenseId }], null);
}

const meta = {
  title: 'CMS/Manage Licenses/Activation Job Notice',
  component: ActivationJobNotice,
  parameters: { url: '/' },
  beforeEach: startSlowJob,
} satisfies Meta<typeof ActivationJobNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** SS-33, R5: a job runs in the cloud while the dialog is closed (or after a reload). */
export const Running: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const text = await canvas.findByText('License activation: Activating 1 of 1…');
    // The snackbar grows in: wait until it can be seen, as a user would.
    await waitFor(() => expect(text).toBeVisible());
    await expect(
      canvas.getByRole('progressbar', { name: 'License activation progress' }),
    ).toBeVisible();
  },
};

/** SS-34: the job ended while the dialog was closed: its result, until dismissed. */
export const Finished: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('License activation: Activating 1 of 1…');
    the.cloud().activationTakes(0);
    await waitFor(() => expect(canvas.getByText('1 of 1 license activated')).toBeVisible());
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(canvas.queryByText('1 of 1 license activated')).toBeNull());
  },
};

/** UX-2: the Running story on a phone and on a small laptop; nothing scrolls sideways. */
export const RunningOnPhone: Story = onViewport(Running, 'phone');
export const RunningOnLaptop: Story = onViewport(Running, 'laptop');
