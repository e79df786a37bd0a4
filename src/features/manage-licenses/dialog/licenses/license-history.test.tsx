import { http, HttpResponse } from 'msw';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cloud, resetCloud } from '@mocks/cloud/instance';
import { server } from '@mocks/node';
import { found } from '@tests/builders';
import { captureDownloads } from '@tests/downloads';
import { renderWithApp } from '@tests/render';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';

const downloads = captureDownloads();

/** A license the Owner noted, and a User then tried to note too (refused: Owner only). */
function notedLicense() {
  const model = cloud();
  const license = found(model.listActivatedLicenses()[0], 'activated license');
  model.updateNote(license.licenseId, '=HYPERLINK("https://evil.example")');
  model.signInAs('User');
  expect(() => model.updateNote(license.licenseId, 'Rack 3')).toThrow('Only the Owner');
  model.signInAs('Owner');
  return license.licenseId;
}

async function openHistory(user: ReturnType<typeof renderWithApp>['user'], licenseId: string) {
  const list = await screen.findByRole('table', { name: 'Activated licenses', busy: false });
  const button = within(list).getByRole('button', { name: `History of license ${licenseId}` });
  await user.click(button);
  const dialog = await screen.findByRole('dialog', { name: `History of license ${licenseId}` });
  return { dialog, button };
}

const rowTexts = async (dialog: HTMLElement) => {
  const table = await within(dialog).findByRole('table', { name: 'Events', busy: false });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);
};

describe('a license History in the CMS (AU-1)', () => {
  it('shows what happened, who did it and what changed, refusals included; focus returns on close', async () => {
    const licenseId = notedLicense();
    const { user, location } = renderWithApp(<ManageLicensesDialog />, {
      url: '/?manage=licenses',
    });
    const { dialog, button } = await openHistory(user, licenseId);
    expect(location.history.at(-1)).toBe(`/?manage=licenses&history=${licenseId}`);
    const rows = await rowTexts(dialog);
    expect(rows[0]).toMatch(/^\d{4}-\d{2}-\d{2}Purchased with PO-/);
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(
        /Note changedOlivia Brandt · Owner · CMSNote: — → =HYPERLINK\("https:\/\/evil.example"\)$/,
      ),
      expect.stringMatching(
        /Note changedRefused: Only the Owner can manage licenses; you are signed in as User\.Tom Becker · User · CMS$/,
      ),
    ]);
    expect(within(dialog).getByRole('status')).toHaveTextContent('3 events');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^History/ })).toBeNull());
    expect(button).toHaveFocus();
    expect(location.history.at(-1)).toBe('/?manage=licenses');
  });

  it('filters by who and exports what it shows as CSV, quoted as a spreadsheet reads it', async () => {
    const licenseId = notedLicense();
    const { user } = renderWithApp(<ManageLicensesDialog />, {
      url: `/?manage=licenses&history=${licenseId}`,
    });
    const dialog = await screen.findByRole('dialog', { name: `History of license ${licenseId}` });
    await rowTexts(dialog);
    await user.click(within(dialog).getByRole('combobox', { name: 'Who' }));
    await user.click(await screen.findByRole('option', { name: 'Olivia Brandt' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      '1 event (2 hidden by the filters)',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Export CSV' }));
    expect(downloads.map((d) => d.fileName)).toEqual([`history-${licenseId}.csv`]);
    const csv = await found(downloads[0], 'download').blob.text();
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe('When,Recorded at,License ID,What,Who,Before → after');
    expect(row).toContain(`,${licenseId},Note changed,Olivia Brandt · Owner · CMS,`);
    expect(row).toMatch(/,"Note: — → =HYPERLINK\(""https:\/\/evil.example""\)"$/);
    expect(end).toBe('');
  });

  it('a range that ends before it starts says so and shows nothing; Clear filters shows all again', async () => {
    const licenseId = notedLicense();
    const { user } = renderWithApp(<ManageLicensesDialog />, {
      url: `/?manage=licenses&history=${licenseId}`,
    });
    const dialog = await screen.findByRole('dialog', { name: `History of license ${licenseId}` });
    await rowTexts(dialog);
    // A date field is filled, not typed into: typing is not what this test is about.
    fireEvent.change(within(dialog).getByLabelText('From'), { target: { value: '2026-11-23' } });
    fireEvent.change(within(dialog).getByLabelText('To'), { target: { value: '2026-11-01' } });
    expect(within(dialog).getByLabelText('To')).toHaveAccessibleDescription(
      'The end comes before the start.',
    );
    expect(within(dialog).getByText('No event matches these filters.')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Clear filters' }));
    expect(await rowTexts(dialog)).toHaveLength(3);
  });

  it('opens a History of 1,000 events with its first 100, shows more on request, and exports all', async () => {
    const model = resetCloud('long-history');
    const licenseId = found(model.listActivatedLicenses()[0], 'activated license').licenseId;
    const { user } = renderWithApp(<ManageLicensesDialog />, {
      url: `/?manage=licenses&history=${licenseId}`,
    });
    const dialog = await screen.findByRole('dialog', { name: `History of license ${licenseId}` });
    expect(await rowTexts(dialog)).toHaveLength(100);
    expect(within(dialog).getByRole('status')).toHaveTextContent('1,001 events');
    const more = within(dialog).getByRole('button', { name: 'Show 100 more (901 not shown yet)' });
    await user.click(more);
    expect(await rowTexts(dialog)).toHaveLength(200);
    // Focus goes to the first event the button brought.
    expect(document.activeElement?.textContent).toBe((await rowTexts(dialog))[100]);
    await user.click(within(dialog).getByRole('combobox', { name: 'Who' }));
    await user.click(await screen.findByRole('option', { name: 'Tom Becker' }));
    expect(await rowTexts(dialog)).toHaveLength(100);
    expect(within(dialog).getByRole('status')).toHaveTextContent('100 events (901 hidden');
    expect(within(dialog).queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Export CSV' }));
    const csv = await found(downloads[0], 'download').blob.text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(101);
  });

  it('says when the History cannot be loaded, and Retry loads it', async () => {
    const licenseId = notedLicense();
    let failing = true;
    server.use(
      http.get('*/api/cms/licenses/:id/history', () =>
        failing
          ? HttpResponse.json({ code: 'internal', message: 'Down' }, { status: 500 })
          : undefined,
      ),
    );
    const { user } = renderWithApp(<ManageLicensesDialog />, {
      url: `/?manage=licenses&history=${licenseId}`,
    });
    const dialog = await screen.findByRole('dialog', { name: `History of license ${licenseId}` });
    expect(await within(dialog).findByText('The history could not be loaded')).toBeVisible();
    failing = false;
    await user.click(await within(dialog).findByRole('button', { name: 'Retry' }));
    expect(await rowTexts(dialog)).toHaveLength(3);
  });
});
