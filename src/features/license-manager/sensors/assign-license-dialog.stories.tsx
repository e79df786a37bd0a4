import type { Meta, StoryObj } from '@storybook/react-vite';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { clockQueries } from '@/api/clock';
import { fleetQueries } from '@/api/fleet';
import { scenarios } from '@mocks/scenarios';
import { the } from '@tests/builders';
import { findDialog } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { AssignLicenseDialog } from './assign-license-dialog';

/** The typical site's fleet, read once here so a story can name one of its sensors. */
const SEED = scenarios['typical-site'].seed();
const RUNNING = SEED.fleet.sensors.find(
  (s) => s.current !== null && s.current.endDate > SEED.today && s.queue.length === 0,
);
const WITHOUT_LICENSE = SEED.fleet.sensors.find((s) => s.current === null);

interface AssignStoryProps {
  /** The sensor's serial number. */
  serial: string;
  onClose: () => void;
  onAssigned: () => void;
}

/** The dialog as a sensor row's "+" opens it: the sensor, the pool's keys and today. */
function AssignToSensor({ serial, onClose, onAssigned }: AssignStoryProps) {
  const sensor = useQuery(fleetQueries.sensor(serial));
  const left = useQuery(fleetQueries.licensesLeft());
  const clock = useQuery(clockQueries.current());
  if (!sensor.data || !left.data || !clock.data)
    return <LinearProgress aria-label="Loading the sensor" />;
  return (
    <AssignLicenseDialog
      sensor={sensor.data}
      keys={left.data.keys}
      today={clock.data.today}
      onClose={onClose}
      onAssigned={onAssigned}
    />
  );
}

const meta = {
  title: 'License Manager dialogs/Assign license',
  component: AssignToSensor,
  args: { serial: RUNNING?.serial ?? '', onClose: fn(), onAssigned: fn() },
  argTypes: {
    serial: {
      control: 'select',
      options: SEED.fleet.sensors.slice(0, 12).map((s) => s.serial),
    },
    scenario: cloudArgTypes.scenario,
    latencyMs: cloudArgTypes.latencyMs,
  },
} satisfies Meta<AssignStoryProps & CloudArgs>;

export default meta;
type Story = StoryObj<AssignStoryProps & CloudArgs>;

/** LM-5: a sensor whose license runs: the new one is queued after it, with its dates. */
export const QueueAfterRunning: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await findDialog(canvasElement, /^Add license to /);
    const plan = within(dialog).getByRole('status');
    await expect(plan).toHaveTextContent(
      /^Queued: starts \d{4}-\d{2}-\d{2}, ends \d{4}-\d{2}-\d{2}\.$/,
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Queue license' }));
    await waitFor(() => expect(args.onAssigned).toHaveBeenCalledOnce());
  },
};

/** LM-5: a sensor without a license: the new one is current from today. */
export const CurrentFromToday: Story = {
  args: { serial: WITHOUT_LICENSE?.serial ?? '' },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /^Add license to /);
    await expect(within(dialog).getByRole('status')).toHaveTextContent(
      `Current from today: ${SEED.today}`,
    );
    await expect(within(dialog).getByRole('button', { name: 'Add license' })).toBeEnabled();
  },
};

/** The pool is empty: the dialog says how to fill it, and nothing can be added. */
export const PoolEmpty: Story = {
  beforeEach() {
    the.fleet().withEmptyPool();
  },
  play: async ({ canvasElement }) => {
    const dialog = await findDialog(canvasElement, /^Add license to /);
    await expect(
      within(dialog).getByText('No licenses left in the pool. Add an Activation Code first.'),
    ).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Add license' })).toBeDisabled();
  },
};
