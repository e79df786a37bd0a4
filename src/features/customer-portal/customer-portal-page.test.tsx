import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { a, inspect, the } from '@tests/builders';
import { server } from '@mocks/node';
import { CustomerPortalPage } from './customer-portal-page';
import { enterText } from '@tests/enter-text';
import { captureDownloads } from '@tests/downloads';

function seed() {
  const state = inspect();
  const campus = state.customers.find((c) => c.name === 'P2022-0208');
  const waiting = state.licenses.filter(
    (l) => l.customerId === campus?.id && l.activation === null && l.supersededBy === null,
  );
  const capacity = waiting.find((l) => l.kind === 'capacity');
  const maintenance = waiting.find((l) => l.kind === 'maintenance');
  const superseded = state.licenses.find((l) => l.supersededBy !== null);
  const plantRoom = state.segmentControllers.find((c) => c.name === 'Plant Room');
  if (!campus || !capacity || !maintenance || !superseded || !plantRoom)
    throw new Error('The seed has changed');
  return { campus, capacity, maintenance, superseded, plantRoom };
}

/** What the page handed to the browser's download: the file name and the Blob's text. */
const downloads = captureDownloads();

async function signInByEid(user: ReturnType<typeof renderWithApp>['user'], eid: string) {
  await enterText(user, await screen.findByRole('textbox', { name: 'License ID (EID)' }), eid);
  await user.click(screen.getByRole('button', { name: 'Sign In' }));
}

describe('License Customer Portal (CP-1 … CP-3)', () => {
  it('CP-1: signs in with an EID and shows the customer’s name; Sign out returns to sign-in', async () => {
    const { capacity } = seed();
    const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    await signInByEid(user, capacity.id.toUpperCase());
    expect(await screen.findByText('P2022-0208')).toBeVisible();
    expect(screen.getByText(/Signed in as/)).toBeVisible();
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 1, name: 'License Customer Portal' }),
      ).toHaveFocus(),
    );
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('textbox', { name: 'License ID (EID)' })).toBeVisible();
    expect(cloud().customerPortalSession().customer).toBeNull();
  });

  it('CP-1: signs in with a contact e-mail on the E-mail tab', async () => {
    const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    await user.click(await screen.findByRole('tab', { name: 'E-mail' }));
    await enterText(user, screen.getByRole('textbox', { name: 'E-mail' }), ' IT@harbor.example ');
    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    expect(await screen.findByText('Harbor Logistics')).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Your licenses', busy: false });
    expect(within(table).getByText('200-device capacity')).toBeVisible();
  });

  it('CP-1: refusals show inline on the field', async () => {
    const { superseded } = seed();
    const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    const field = await screen.findByRole('textbox', { name: 'License ID (EID)' });

    // Malformed: the form says so without asking the cloud.
    await signInByEid(user, 'not-an-eid');
    expect(await screen.findByText(/A License ID \(EID\) looks like/)).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await signInByEid(user, '0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b');
    expect(await screen.findByText(/No customer has a license with this License ID/)).toBeVisible();

    await user.clear(field);
    await signInByEid(user, superseded.id);
    expect(
      await screen.findByText(new RegExp(`replaced by ${superseded.supersededBy ?? 'x'}`)),
    ).toBeVisible();
    expect(field).toHaveValue(superseded.id);

    await user.click(screen.getByRole('tab', { name: 'E-mail' }));
    const email = screen.getByRole('textbox', { name: 'E-mail' });
    await enterText(user, email, 'nobody');
    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    expect(await screen.findByText(/Enter an e-mail address/)).toBeVisible();
    await user.clear(email);
    await enterText(user, email, 'nobody@example.com');
    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    expect(await screen.findByText(/No customer account has this contact e-mail/)).toBeVisible();
    expect(cloud().customerPortalSession().customer).toBeNull();
  });

  it('CP-2: lists the licenses with type, transfer date and where each is activated', async () => {
    const { capacity, superseded } = seed();
    cloud().signInCustomer({ eid: capacity.id });
    renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    const table = await screen.findByRole('table', { name: 'Your licenses', busy: false });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Select for file', 'EID', 'Type', 'Transfer date', 'Activated on']);
    const row = within(table).getByText(capacity.id).closest('tr');
    if (!row) throw new Error('No row');
    expect(row).toHaveTextContent('100-device capacity');
    expect(row).toHaveTextContent('2026-11-02');
    expect(row).toHaveTextContent('Not activated');
    expect(within(row).getByRole('button', { name: `Copy EID ${capacity.id}` })).toBeVisible();
    expect(within(table).getAllByText(/^Main Hall, \d{4}-\d\d-\d\d$/).length).toBeGreaterThan(0);
    expect(within(table).queryByText(superseded.id)).not.toBeInTheDocument();
  });

  it('CP-3: creates a file for an install code and downloads it; a non-capacity license cannot be chosen', async () => {
    const { capacity, maintenance } = seed();
    cloud().signInCustomer({ eid: capacity.id });
    const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    await screen.findByRole('table', { name: 'Your licenses', busy: false });
    const maintenanceBox = screen.getByRole('checkbox', {
      name: `Select ${maintenance.id} for the file`,
    });
    expect(maintenanceBox).toBeDisabled();
    expect(maintenanceBox).toHaveAccessibleDescription(
      'Maintenance goes into a file from your partner, not from here.',
    );
    const activated = screen
      .getAllByRole('checkbox')
      .find((box) => box.getAttribute('aria-describedby') && box !== maintenanceBox);
    expect(activated).toHaveAccessibleDescription(/^Already activated on Main Hall\.$/);

    const code = screen.getByRole('textbox', { name: 'Install code' });
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Choose at least one capacity license.')).toBeVisible();
    await enterText(user, code, 'abcde-fghij');
    expect(code).toHaveValue('ABCDE-FGHIJ');
    await user.click(screen.getByRole('checkbox', { name: `Select ${capacity.id} for the file` }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/An install code is 5 groups of 5 characters/)).toBeVisible();
    expect(downloads).toHaveLength(0);

    await user.clear(code);
    await enterText(user, code, 'aaaaa-bbbbb-ccccc-ddddd-eeeee');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE.lic')).toBeVisible();
    expect(screen.getByText(/Add it in the SmartServer CMS with/)).toBeVisible();
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [download] = downloads;
    expect(download?.fileName).toBe('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE.lic');
    const text = (await download?.blob.text()) ?? '';
    expect(text).toContain('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
    expect(text).toContain(capacity.id);
    await user.click(screen.getByRole('button', { name: 'Download again' }));
    expect(downloads).toHaveLength(2);

    // CP-4: the file is on record, with its install code, date and license.
    const issued = await screen.findByRole('table', { name: 'Files issued' });
    const [row] = within(issued).getAllByRole('row').slice(1);
    expect(row).toHaveTextContent('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
    expect(row).toHaveTextContent('2026-11-23');
    expect(row).toHaveTextContent(capacity.id);
  });

  it('CP-3: shows the install code as the cloud knows it once the field is left (issue 18)', async () => {
    const { capacity } = seed();
    cloud().signInCustomer({ eid: capacity.id });
    const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    await screen.findByRole('table', { name: 'Your licenses', busy: false });
    const code = screen.getByRole('textbox', { name: 'Install code' });

    await enterText(user, code, ' 7kq2m xtdrt 4hbna p3wce 5lz6q ');
    expect(code).toHaveValue(' 7KQ2M XTDRT 4HBNA P3WCE 5LZ6Q ');
    await user.tab();
    expect(code).not.toHaveFocus();
    expect(code).toHaveValue('7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q');

    // What is not a code stays as typed, and the reason shows next to the field.
    await user.clear(code);
    await enterText(user, code, '7kq2m xtdrt');
    await user.tab();
    expect(code).toHaveValue('7KQ2M XTDRT');
    await user.click(screen.getByRole('checkbox', { name: `Select ${capacity.id} for the file` }));
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(code).toHaveAccessibleDescription(/^An install code is 5 groups of 5 characters/),
    );
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(downloads).toHaveLength(0);
  });

  it('CP-3: a refusal by the cloud is shown, and nothing is downloaded', async () => {
    const { capacity } = seed();
    cloud().signInCustomer({ eid: capacity.id });
    const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    await screen.findByRole('table', { name: 'Your licenses', busy: false });
    // Activated elsewhere meanwhile.
    the.license(capacity.id).activatedOn(seed().plantRoom, '2026-11-23');
    await user.click(screen.getByRole('checkbox', { name: `Select ${capacity.id} for the file` }));
    await enterText(
      user,
      screen.getByRole('textbox', { name: 'Install code' }),
      'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
    );
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/already activated on Plant Room/)).toBeVisible();
    expect(downloads).toHaveLength(0);
  });

  it('shows an error with Retry when the licenses cannot be loaded', async () => {
    const { capacity } = seed();
    cloud().signInCustomer({ eid: capacity.id });
    server.use(
      http.get('*/api/customer/licenses', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
    const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Licenses could not be loaded');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Your licenses', busy: false })).toBeVisible();
  });

  it('shows the empty state for a customer without licenses', async () => {
    a.customer()
      .withId('0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b')
      .of({ id: seed().campus.partnerId })
      .named('P-New Project')
      .reachedAt('new@example.com')
      .add();
    cloud().signInCustomer({ email: 'new@example.com' });
    renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    expect(await screen.findByText('No licenses yet')).toBeVisible();
  });
});
