import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { LicenseStatusDisplay } from '@/features/manage-licenses/status/license-status-display';
import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';
import { renderWithApp } from '@tests/render';
import { watchRequests } from './requests';

const LICENSES = '/cms/licenses';
const licensesUrl = `*/api${LICENSES}`;
const serverFault = () =>
  HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 });

let requests: ReturnType<typeof watchRequests>;
beforeEach(() => {
  requests = watchRequests('GET', LICENSES);
});
afterEach(() => requests.stop());

/** The License Status display with the app's real retry policy. */
async function renderStatus() {
  const view = renderWithApp(<LicenseStatusDisplay />, { retry: true });
  const region = await screen.findByRole('region', { name: 'License Status' });
  return { ...view, region };
}

const mainHall = () => screen.findByRole('heading', { name: 'Main Hall', level: 3 });

describe('R1 — a read that fails once with 500 is retried silently', () => {
  it('shows the data after one retry, and never an error', async () => {
    server.use(http.get(licensesUrl, serverFault, { once: true }));
    const { region } = await renderStatus();
    expect(await mainHall()).toBeVisible();
    expect(requests.count).toBe(2);
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
    expect(region).not.toHaveTextContent(/could not|problem|Retry/);
  });
});

describe('R2 — a read that always fails', () => {
  it('shows an error with Retry only after the retries, then the data once Retry succeeds', async () => {
    server.use(http.get(licensesUrl, serverFault));
    const { region, user } = await renderStatus();
    expect(await within(region).findByText('License status could not be loaded')).toBeVisible();
    expect(requests.count).toBe(3);

    server.resetHandlers();
    await user.click(within(region).getByRole('button', { name: 'Retry' }));
    expect(await mainHall()).toBeVisible();
    expect(within(region).queryByText('License status could not be loaded')).toBeNull();
  });

  it('keeps rows already shown when a refresh fails, marked as last loaded', async () => {
    const { region, queryClient, user } = await renderStatus();
    await mainHall();
    server.use(http.get(licensesUrl, serverFault));
    await queryClient.invalidateQueries();
    expect(
      await within(region).findByText(/Showing the license status as last loaded/),
    ).toBeVisible();
    expect(within(region).getByRole('heading', { name: 'Main Hall', level: 3 })).toBeVisible();
    // Main Hall as last loaded: 128 of its 128 devices licensed, on a capacity of 150.
    expect(within(region).getByText(/128 \/ 128/)).toBeVisible();
    expect(within(region).getByText(/capacity 150/)).toBeVisible();

    server.resetHandlers();
    await user.click(within(region).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(region).queryByText(/as last loaded/)).toBeNull());
  });

  it('keeps the sensor rows shown when refreshing them fails, marked as last loaded', async () => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    const { queryClient } = renderWithApp(<LicenseManagerPage />, { url: '/fleet' });
    const table = await screen.findByRole('table', { name: 'Sensors', busy: false });
    const firstRow = within(table).getAllByRole('row')[1]?.textContent;
    server.use(http.get('*/api/fleet/sensors/page', serverFault));
    await queryClient.invalidateQueries();
    expect(await screen.findByText(/Showing the sensors as last loaded/)).toBeVisible();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(firstRow ?? 'no row');
  });
});

describe('R3 — no answer at all', () => {
  it('says the cloud cannot be reached, not a server error, after the retries', async () => {
    server.use(http.get(licensesUrl, () => HttpResponse.error()));
    const { region } = await renderStatus();
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('The licensing cloud cannot be reached');
    expect(alert).not.toHaveTextContent(/500|problem|HTTP/);
    expect(requests.count).toBe(3);
  });
});

describe('R13 — 429 with Retry-After', () => {
  it('waits at least as long as the cloud asks before asking again', async () => {
    server.use(
      http.get(
        licensesUrl,
        () =>
          HttpResponse.json(
            { code: 'rate_limited', message: 'Too many requests' },
            { status: 429, headers: { 'Retry-After': '2' } },
          ),
        { once: true },
      ),
    );
    await renderStatus();
    expect(await mainHall()).toBeVisible();
    expect(requests.count).toBe(2);
    expect(requests.gaps()[0]).toBeGreaterThanOrEqual(1_990);
  });

  it('tells the user when to try again once the retries are spent, without a storm', async () => {
    server.use(
      http.get(licensesUrl, () =>
        HttpResponse.json(
          { code: 'rate_limited', message: 'Too many requests' },
          { status: 429, headers: { 'Retry-After': '1' } },
        ),
      ),
    );
    const { region } = await renderStatus();
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('The licensing cloud is busy. Try again in 1 s.');
    expect(requests.count).toBe(3);
    for (const gap of requests.gaps()) expect(gap).toBeGreaterThanOrEqual(990);
  });
});

describe('R14 — a 200 whose body is not what the contract says', () => {
  it.each([
    ['malformed JSON', () => new HttpResponse('{"items": [', { status: 200 })],
    ['JSON of the wrong shape', () => HttpResponse.json({ items: [{ id: 42 }] })],
  ])('contains %s in an error state; the rest of the screen stays', async (_, answer) => {
    server.use(http.get(licensesUrl, answer));
    renderWithApp(
      <>
        <h1>Dashboard</h1>
        <LicenseStatusDisplay />
      </>,
    );
    const region = await screen.findByRole('region', { name: 'License Status' });
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('sent an answer this app cannot read');
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  });
});
