import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { found, inspect } from '@tests/builders';
import { server } from '@mocks/node';
import { PlannerPage } from './planner-page';

/** The seed's 3-year maintenance waiting for the campus (back from a server, SS-13), and Main Hall. */
function seed() {
  const state = inspect();
  const mainHall = found(
    state.segmentControllers.find((c) => c.name === 'Main Hall'),
    'Main Hall',
  );
  const waiting = found(
    state.licenses.find(
      (l) =>
        l.kind === 'maintenance' &&
        l.termYears === 3 &&
        l.activation === null &&
        l.customerId !== null,
    ),
    'waiting 3-year maintenance',
  );
  return { mainHall, waiting };
}

let downloads: string[] = [];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size + 1}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) void blob.text().then((text) => downloads.push(text));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const mainHallRow = () =>
  within(screen.getByRole('table', { name: 'Coverage per segment controller' })).getByRole('row', {
    name: /^Main Hall/,
  });

describe('the renewal and coverage planner (PL-1)', () => {
  it('shows coverage today and after each expiry, the shortfalls and what to order, as CSV too', async () => {
    const { user } = renderWithApp(<PlannerPage />, { url: '/planner' });
    expect(
      await screen.findByText(
        '3 of 3 segment controllers lack maintenance within the next 12 months: 95 devices to order.',
      ),
    ).toBeVisible();
    expect(within(mainHallRow()).getByText(/Maintenance covers 150 of 150 devices$/)).toBeVisible();
    expect(within(mainHallRow()).getByText('From 2027-04-20:')).toBeVisible();
    expect(
      within(mainHallRow()).getByText(
        /Shortfall: Maintenance covers 100 of 150 devices; 50 more needed/,
      ),
    ).toBeVisible();
    const order = screen.getByRole('region', { name: 'To stay covered for 12 months, order:' });
    expect(
      within(order).getByText(
        'Main Hall: 50-device 1-year maintenance, activate by 2027-04-20 (covers until 2028-04-19)',
      ),
    ).toBeVisible();
    await user.click(within(order).getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.split('\r\n')).toEqual([
      'Segment controller,Kind,Devices,Term (years),Activate by,Covers until',
      'Main Hall,Maintenance,50,1,2027-04-20,2028-04-19',
      'Plant Room,Maintenance,25,1,2026-12-15,2027-12-14',
      'Parking Garage,Maintenance,20,1,2026-11-23,2027-11-22',
      '',
    ]);
  });

  it('what-if: activating the waiting 3-year license fixes Main Hall’s shortfall, and carrying it out changes the cloud', async () => {
    const { mainHall, waiting } = seed();
    const { user } = renderWithApp(<PlannerPage />, { url: '/planner' });
    await user.click(await screen.findByRole('switch', { name: 'What-if' }));
    await user.selectOptions(
      screen.getByRole('combobox', {
        name: `Step for 3-year maintenance (50 devices) ${waiting.id}`,
      }),
      'Activate on Main Hall',
    );
    expect(within(mainHallRow()).queryByText(/Shortfall/)).toBeNull();
    expect(within(mainHallRow()).getByText('Nothing')).toBeVisible();
    expect(
      screen.getByText(
        '2 of 3 segment controllers lack maintenance within the next 12 months: 45 devices to order.',
      ),
    ).toBeVisible();
    // Nothing changed in the cloud yet.
    expect(inspect().licenses.find((l) => l.id === waiting.id)?.activation).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Carry out the plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Carry out the plan?' });
    expect(
      within(dialog).getByText('Activate 3-year maintenance (50 devices) on Main Hall'),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Carry out' }));
    expect(
      await screen.findByText(
        'Plan carried out: 1 license activated, 0 licenses transferred to the cloud.',
      ),
    ).toBeVisible();
    expect(inspect().licenses.find((l) => l.id === waiting.id)?.activation).toMatchObject({
      segmentControllerId: mainHall.id,
    });
    // The page now reads the cloud's truth: Main Hall stays covered without a what-if.
    await waitFor(() => expect(within(mainHallRow()).getByText('Nothing')).toBeVisible());
    expect(screen.getByRole('switch', { name: 'What-if' })).not.toBeChecked();
  });

  it('a refused plan says why, changes nothing and keeps the choices', async () => {
    const { waiting } = seed();
    server.use(
      http.post('*/api/cms/plan', () =>
        HttpResponse.json(
          { code: 'already_active', message: 'This license is already active on Main Hall.' },
          { status: 409 },
        ),
      ),
    );
    const { user } = renderWithApp(<PlannerPage />, { url: '/planner' });
    await user.click(await screen.findByRole('switch', { name: 'What-if' }));
    const step = screen.getByRole('combobox', {
      name: `Step for 3-year maintenance (50 devices) ${waiting.id}`,
    });
    await user.selectOptions(step, 'Activate on Main Hall');
    await user.click(screen.getByRole('button', { name: 'Carry out the plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Carry out the plan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Carry out' }));
    expect(
      await within(dialog).findByText(/This license is already active on Main Hall/),
    ).toBeVisible();
    expect(within(dialog).getByText('The plan was not carried out: nothing changed')).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(step).toHaveDisplayValue('Activate on Main Hall');
    expect(inspect().licenses.find((l) => l.id === waiting.id)?.activation).toBeNull();
  });

  it('names the offline segment controller before trying', async () => {
    const { user } = renderWithApp(<PlannerPage />, { url: '/planner' });
    await user.click(await screen.findByRole('switch', { name: 'What-if' }));
    await user.selectOptions(
      screen.getByRole('combobox', {
        name: 'Step for 20-device capacity, Parking Garage',
      }),
      'Transfer to the cloud',
    );
    const button = screen.getByRole('button', { name: 'Carry out the plan' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/Parking Garage is offline/);
  });

  it('SS-1: a read-only user plans too, and is told why Carry out is not theirs', async () => {
    cloud().signInAs('Admin');
    const { user } = renderWithApp(<PlannerPage />, { url: '/planner' });
    await user.click(await screen.findByRole('switch', { name: 'What-if' }));
    expect(
      screen.getByText(/Only the Owner can see the licenses waiting in the cloud/),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Carry out the plan' })).toHaveAccessibleDescription(
      'Only the Owner can carry out a plan; you are signed in as Admin.',
    );
  });
});
