import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cloud, resetCloud } from '@mocks/cloud/instance';
import { inspect, the } from '@tests/builders';
import { server } from '@mocks/node';
import { renderWithApp } from '@tests/render';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';

const NOTE = 'Renew with PO-2102 follow-up';

async function openList(url = '/?manage=licenses') {
  const view = renderWithApp(<ManageLicensesDialog />, { url });
  const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
  await within(dialog).findByRole('table', { name: 'Activated licenses', busy: false });
  return { ...view, dialog };
}

const savedNote = () =>
  cloud()
    .listActivatedLicenses()
    .find((l) => l.note !== '')?.note;

describe('SS-7: the note, edited in place', () => {
  it('saves on Enter and shows the new text', async () => {
    const { user, dialog } = await openList();
    await user.click(within(dialog).getByRole('button', { name: `Edit note: ${NOTE}` }));
    const field = within(dialog).getByRole('textbox', { name: /^Note for license/ });
    await user.clear(field);
    await user.type(field, 'Cabinet 4, renew in Q1{Enter}');
    const saved = await within(dialog).findByRole('button', {
      name: 'Edit note: Cabinet 4, renew in Q1',
    });
    expect(saved).toBeVisible();
    // Focus comes back to the note it left, not to the page.
    expect(saved).toHaveFocus();
    await waitFor(() => expect(savedNote()).toBe('Cabinet 4, renew in Q1'));
  });

  it('names the note "Saving" until the cloud has kept it', async () => {
    let answer: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (answer = resolve));
    // Holds the save, then lets the cloud's own handler answer it.
    server.use(http.patch('*/api/cms/licenses/:id', () => held));
    const { user, dialog } = await openList();
    await user.click(within(dialog).getByRole('button', { name: `Edit note: ${NOTE}` }));
    const field = within(dialog).getByRole('textbox', { name: /^Note for license/ });
    await user.clear(field);
    await user.type(field, 'Rack 2{Enter}');
    const saving = within(dialog).getByRole('button', { name: 'Saving note: Rack 2' });
    expect(saving).toHaveAttribute('aria-busy', 'true');
    expect(within(dialog).queryByRole('button', { name: 'Edit note: Rack 2' })).toBeNull();
    expect(savedNote()).toBe(NOTE);

    answer();
    const saved = await within(dialog).findByRole('button', { name: 'Edit note: Rack 2' });
    expect(saved).toHaveAttribute('aria-busy', 'false');
    expect(savedNote()).toBe('Rack 2');
  });

  it('saves when the field loses focus, and Escape cancels', async () => {
    const { user, dialog } = await openList();
    const empty = within(dialog).getAllByRole('button', { name: /^Add a note to license/ })[0];
    if (!empty) throw new Error('no empty note');
    await user.click(empty);
    await user.type(within(dialog).getByRole('textbox', { name: /^Note for license/ }), 'Spare');
    await user.keyboard('{Escape}');
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    expect(document.activeElement).toHaveAccessibleName(/^Add a note to license/);
    expect(screen.getByRole('dialog', { name: 'Manage Licenses' })).toBeVisible();
    expect(
      cloud()
        .listActivatedLicenses()
        .filter((l) => l.note !== ''),
    ).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: `Edit note: ${NOTE}` }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Note for license/ }), '!');
    await user.click(within(dialog).getByRole('status'));
    await waitFor(() => expect(savedNote()).toBe(`${NOTE}!`));
  });

  it('refuses more than 255 characters next to the field and changes nothing', async () => {
    const { user, dialog } = await openList();
    await user.click(within(dialog).getByRole('button', { name: `Edit note: ${NOTE}` }));
    const field = within(dialog).getByRole('textbox', { name: /^Note for license/ });
    await user.clear(field);
    await user.click(field);
    await user.paste('x'.repeat(256));
    await user.keyboard('{Enter}');
    expect(within(dialog).getByText('A note has at most 255 characters.')).toBeVisible();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(savedNote()).toBe(NOTE);
  });

  it('restores the saved text and says why when the save fails (R8)', async () => {
    server.use(
      http.patch('*/api/cms/licenses/:id', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
    const { user, dialog } = await openList();
    await user.click(within(dialog).getByRole('button', { name: `Edit note: ${NOTE}` }));
    const field = within(dialog).getByRole('textbox', { name: /^Note for license/ });
    await user.clear(field);
    await user.type(field, 'Lost?{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Note not saved:');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Database unavailable');
    expect(within(dialog).getByRole('button', { name: `Edit note: ${NOTE}` })).toBeVisible();
    expect(savedNote()).toBe(NOTE);
  });
});

describe('SS-8: the toolbar says why an action cannot run', () => {
  it('names every action and explains the unavailable ones', async () => {
    const { dialog } = await openList();
    const toolbar = within(dialog).getByRole('toolbar', { name: 'License actions' });
    const names = within(toolbar)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Manage Customer Accounts',
      'Download Licenses from the Cloud',
      'Add License',
      'Edit Notifications',
      'Transfer to Cloud',
    ]);
    const transfer = within(toolbar).getByRole('button', { name: 'Transfer to Cloud' });
    expect(transfer).toHaveAttribute('aria-disabled', 'true');
    expect(transfer).toHaveAccessibleDescription(
      'Parking Garage is offline and cannot reach the cloud. Filter the list to online segment controllers.',
    );
    expect(
      within(toolbar).getByRole('button', { name: 'Download Licenses from the Cloud' }),
    ).not.toHaveAttribute('aria-disabled');
  });

  it('allows Transfer to Cloud once the list shows only online segment controllers', async () => {
    const mainHall = inspect().segmentControllers.find((c) => c.name === 'Main Hall');
    const { dialog } = await openList(`/?manage=licenses&segment=${mainHall?.id ?? ''}`);
    expect(within(dialog).getByRole('button', { name: 'Transfer to Cloud' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('needs a saved Customer ID before downloading', async () => {
    the.cloud().withoutSavedCustomerIds();
    const { dialog } = await openList();
    expect(
      within(dialog).getByRole('button', { name: 'Download Licenses from the Cloud' }),
    ).toHaveAccessibleDescription(
      'No segment controller has a saved Customer ID. Save one in Manage Customer Accounts first.',
    );
  });
});

describe('SS-11, SS-12, SS-14: what the main view shows before anyone acts', () => {
  it('lists devices beyond capacity and missing maintenance coverage', async () => {
    const { dialog } = await openList();
    const notes = within(dialog).getAllByRole('note');
    expect(notes.map((n) => n.textContent).join(' ')).toContain(
      'Plant Room: 5 of 30 devices are unlicensed: capacity is 25.',
    );
    expect(notes.map((n) => n.textContent).join(' ')).toContain(
      'Parking Garage: Maintenance covers 0 of 20 devices; 20 more needed',
    );
    // SS-14, information only: its maintenance expired and it has no one-time upgrade license.
    expect(notes.map((n) => n.textContent).join(' ')).toContain(
      'Parking Garage: Feature releases need valid maintenance or a one-time upgrade license.',
    );
  });

  it('blocks a SmartServer Pi without a core license with an error', async () => {
    the.cloud().withoutLicenses((l) => l.kind === 'core');
    const { dialog } = await openList();
    expect(
      within(dialog).getByText(
        'Plant Room: SmartServer Pi without a core license: nothing on it works until one is activated.',
      ),
    ).toBeVisible();
  });

  it('says all is covered when it is', async () => {
    const mainHall = inspect().segmentControllers.find((c) => c.name === 'Main Hall');
    const { dialog } = await openList(`/?manage=licenses&segment=${mainHall?.id ?? ''}`);
    expect(
      within(dialog).getByText(
        'Capacity and maintenance cover every device on this segment controller.',
      ),
    ).toBeVisible();
  });

  it('offers the ways to get licenses on a fresh install (SS-10)', async () => {
    resetCloud('fresh-install');
    renderWithApp(<ManageLicensesDialog />, { url: '/?manage=licenses' });
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    expect(await within(dialog).findByText('No licenses activated')).toBeVisible();
    // The shortcut with its words, beside the toolbar's icon button of the same name.
    expect(
      within(dialog).getByText('Download Licenses from the Cloud', { selector: 'button' }),
    ).toBeVisible();
    expect(
      within(dialog)
        .getAllByRole('note')
        .map((n) => n.textContent)
        .join(' '),
    ).toContain('Plant Room: SmartServer Pi without a core license');
  });
});
