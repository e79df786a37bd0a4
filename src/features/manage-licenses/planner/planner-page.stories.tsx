import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { inspect } from '@tests/builders';
import { findDialog, onViewport } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { PlannerPage } from './planner-page';

const SUMMARY_SEED =
  '3 of 3 segment controllers lack maintenance within the next 12 months: 95 devices to order.';

/** The seed's 3-year maintenance waiting for the campus, its clock running since 2026-03-01 (SS-13). */
function waitingThreeYear() {
  const license = inspect().licenses.find(
    (l) =>
      l.kind === 'maintenance' &&
      l.termYears === 3 &&
      l.activation === null &&
      l.customerId !== null,
  );
  if (!license) throw new Error('The seed has no waiting 3-year maintenance');
  return license.id;
}

const coverageRow = (canvas: HTMLElement, name: string) =>
  within(within(canvas).getByRole('table', { name: 'Coverage per segment controller' })).getByRole(
    'row',
    { name: new RegExp(`^${name}`) },
  );

const meta = {
  title: 'CMS/Renewal planner',
  component: PlannerPage,
  parameters: { url: '/planner' },
  argTypes: { scenario: cloudArgTypes.scenario, role: cloudArgTypes.role },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** PL-1 on the typical site: a timeline per segment controller, coverage in words, the order. */
export const Loaded: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(SUMMARY_SEED)).toBeVisible();
    // A table wider than its box becomes a tab stop once measured, so a keyboard scrolls it too.
    const box = canvas.getByRole('table', {
      name: 'Coverage per segment controller',
    }).parentElement;
    await waitFor(() =>
      expect(box && (box.scrollWidth <= box.clientWidth || box.tabIndex === 0)).toBe(true),
    );
    await expect(canvas.getByTestId('planner-timeline')).toHaveAttribute('inert');
    await expect(
      canvas.getByText(
        'Main Hall: 50-device 1-year maintenance, activate by 2027-04-20 (covers until 2028-04-19)',
      ),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Export CSV' })).not.toHaveAttribute(
      'aria-disabled',
    );
  },
};

/** SS-12: Parking Garage's only maintenance has expired: a shortfall from today, in words and red. */
export const Shortfall: Story = {
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByText(SUMMARY_SEED);
    const garage = coverageRow(canvasElement, 'Parking Garage');
    await expect(
      within(garage).getByText('Shortfall: Maintenance covers 0 of 20 devices; 20 more needed'),
    ).toBeVisible();
    await expect(within(garage).getByText('20 devices, activate by 2026-11-23')).toBeVisible();
  },
};

/** The what-if: the waiting 3-year license activated on Main Hall closes its shortfall. */
export const WhatIfFixesShortfall: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(await canvas.findByRole('switch', { name: 'What-if' }));
    await userEvent.selectOptions(
      canvas.getByRole('combobox', {
        name: `Step for 3-year maintenance (50 devices) ${waitingThreeYear()}`,
      }),
      'Activate on Main Hall',
    );
    await expect(
      within(coverageRow(canvasElement, 'Main Hall')).getByText('Nothing'),
    ).toBeVisible();
    await expect(
      canvas.getByText(
        '2 of 3 segment controllers lack maintenance within the next 12 months: 45 devices to order.',
      ),
    ).toBeVisible();
  },
};

/** Carry out the plan: the confirmation lists every step; the cloud does it in one command. */
export const CarryOutResult: Story = {
  play: async (context) => {
    await WhatIfFixesShortfall.play?.(context);
    const { canvas, canvasElement } = context;
    await userEvent.click(canvas.getByRole('button', { name: 'Carry out the plan' }));
    const dialog = await findDialog(canvasElement, 'Carry out the plan?');
    await expect(
      within(dialog).getByText('Activate 3-year maintenance (50 devices) on Main Hall'),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Carry out' }));
    await expect(
      await canvas.findByText(
        'Plan carried out: 1 license activated, 0 licenses transferred to the cloud.',
      ),
    ).toBeVisible();
    await waitFor(() =>
      expect(within(coverageRow(canvasElement, 'Main Hall')).getByText('Nothing')).toBeVisible(),
    );
  },
};

/** SS-1: an Admin plans too; Carry out says why it is the Owner's. */
export const ReadOnly: Story = {
  args: { role: 'Admin' },
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('switch', { name: 'What-if' }));
    await expect(
      canvas.getByRole('button', { name: 'Carry out the plan' }),
    ).toHaveAccessibleDescription(
      'Only the Owner can carry out a plan; you are signed in as Admin.',
    );
  },
};

/** Nothing activated and nothing waiting: nothing to plan, and Export is not offered. */
export const Empty: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/api/cms/licenses', () => HttpResponse.json({ items: [] })),
      http.get('*/api/cms/cloud-licenses', () => HttpResponse.json({ items: [] })),
    );
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Nothing to plan yet/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  },
};

/** The cloud has not answered yet. */
export const Loading: Story = {
  parameters: { requestTimeout: 'never' },
  beforeEach({ msw }) {
    msw.use(http.get('*/api/cms/licenses', () => delay('infinite')));
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('progressbar', { name: 'Loading the planner' }),
    ).toBeVisible();
  },
};

/** The licenses could not be read: the reason and Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/api/cms/licenses', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The planner could not be loaded');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** PL-1 at size: 200 segment controllers, 2,000 more maintenance licenses, a page at a time. */
export const LargeSite: Story = {
  args: { scenario: 'large-site' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(
        /of 200 segment controllers lack maintenance/,
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    await expect(canvas.getByText('1–25 of 200')).toBeVisible();
  },
};

export const LoadedOnPhone: Story = onViewport(Loaded, 'phone');
export const LoadedOnLaptop: Story = onViewport(Loaded, 'laptop');
export const WhatIfOnPhone: Story = onViewport(WhatIfFixesShortfall, 'phone');
