import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { a, the } from '@tests/builders';
import { onViewport } from '@tests/play-helpers';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { PoolForecastCard } from './pool-forecast-card';

const FORECAST_ROUTE = '*/api/fleet/forecast';

/** A 12-month license of a sensor of the story's own, ending on `endDate`. */
const ending = (endDate: string) => ({
  licenseId: `story-${endDate}`,
  keyId: 'LK-7B10-90DE',
  durationMonths: 12,
  startDate: '2026-01-01',
  endDate,
});

const meta = {
  title: 'License Manager/Pool forecast',
  component: PoolForecastCard,
  argTypes: {
    scenario: cloudArgTypes.scenario,
    latencyMs: cloudArgTypes.latencyMs,
    fleetSize: cloudArgTypes.fleetSize,
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 520 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The chart has come: it is a picture of the hidden table, so nothing in it takes focus. */
async function findChart(canvasElement: HTMLElement) {
  const chart = await within(canvasElement).findByTestId('forecast-chart');
  await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull());
  return chart;
}

/** LM-13: two renewals due, five licenses in the pool: it lasts the 12 months. */
export const PoolLastsTheYear: Story = {
  beforeEach() {
    the.fleet().withoutSensors();
    a.sensor()
      .with({ current: ending('2027-01-14') })
      .add();
    a.sensor()
      .with({ current: ending('2027-06-30') })
      .add();
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(
      await canvas.findByText(
        'At the fleet’s renewal pace, the pool covers all 2 renewals of the next 12 months.',
      ),
    ).toBeVisible();
    await findChart(canvasElement);
    const table = canvas.getByRole('table', { name: 'Renewals due per month' });
    await expect(within(table).getAllByRole('row')).toHaveLength(13);
  },
};

/**
 * LM-13: the typical site: 16 renewals due in 12 months against 5 pool licenses. The pool runs out
 * on 2027-01-30; 1, 4 and 11 licenses cover the next 3, 6 and 12 months.
 */
export const ForecastWithShortfall: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(
      await canvas.findByText(
        'At the fleet’s renewal pace, the pool runs out on 2027-01-30. To cover the next 3, 6 and 12 months, order 1, 4 and 11 licenses.',
      ),
    ).toBeVisible();
    const chart = await findChart(canvasElement);
    for (const element of chart.querySelectorAll<HTMLElement | SVGElement>('[tabindex], svg')) {
      element.focus();
      await expect(chart.contains(document.activeElement)).toBe(false);
    }
  },
};

export const ForecastWithShortfallOnPhone: Story = onViewport(ForecastWithShortfall, 'phone');

/** LM-13: nothing left in the pool: every renewal due is a license to order. */
export const PoolEmpty: Story = {
  beforeEach() {
    the.fleet().withEmptyPool();
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByText(
        'The pool is empty. To cover the next 3, 6 and 12 months, order 6, 9 and 16 licenses.',
      ),
    ).toBeVisible();
  },
};

/** Until the forecast arrives: a skeleton of the card's size, announced as loading. */
export const Loading: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get(FORECAST_ROUTE, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('status', { name: 'Loading the pool forecast' }),
    ).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Pool forecast' })).toBeVisible();
  },
};

/** The forecast could not be loaded: the reason, and Retry asks again. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    let failures = 0;
    msw.use(
      http.get(FORECAST_ROUTE, () => {
        failures += 1;
        return failures === 1
          ? HttpResponse.json(
              { code: 'internal', message: 'Forecast unavailable' },
              { status: 500 },
            )
          : undefined;
      }),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('The pool forecast could not be loaded');
    await userEvent.click(within(alert).getByRole('button', { name: /retry/i }));
    await expect(await canvas.findByText(/the pool runs out on 2027-01-30/)).toBeVisible();
  },
};
