import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@tests/render';
import { LanguageProvider } from '@/lib/i18n';
import { LicenseManagerPage } from './license-manager-page';

// jsdom lays nothing out: give the table's scroll box a height so the virtualizer renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

function renderFleetInGerman() {
  return renderWithApp(
    <LanguageProvider initial={{ locale: 'de', dateStyle: 'locale', timeZone: 'Europe/Berlin' }}>
      <LicenseManagerPage />
    </LanguageProvider>,
    { url: '/fleet' },
  );
}

describe('the License Manager in German (UX-1)', () => {
  it('shows the table, its figures and its dates in German', async () => {
    renderFleetInGerman();
    const table = await screen.findByRole('table', { name: 'Sensoren', busy: false });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Seriennummer / Name des Sensors',
      'Aktivierungs\u00addatum',
      'Läuft ab am',
      'Schlüssel',
      'Lizenz hinzufügen',
      'Automatische Verlängerung',
    ]);
    const first = within(table).getAllByRole('row')[1];
    expect(first).toHaveTextContent(/Vor \d+ Tagen abgelaufen/);
    expect(first).toHaveTextContent(/\d{2}\.\d{2}\.\d{4}/);
    expect(screen.getByText('40 von 40 Sensoren')).toBeVisible();
    expect(screen.getByText('Verbleibende Lizenzen: 5')).toBeVisible();
    expect(screen.getByRole('button', { name: /^Abgelaufen \(\d+\)$/ })).toBeVisible();
    expect(screen.getByRole('button', { name: 'CSV exportieren' })).toBeVisible();
    expect(
      await screen.findByText(/^In den nächsten 12 Monaten laufen \d+ Sensoren ab/),
    ).toBeVisible();
  });
});
