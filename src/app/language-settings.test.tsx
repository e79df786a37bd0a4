import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { AppShell } from './app-shell';
import { NotFoundPage } from './not-found-page';

function savedChoice(): unknown {
  return JSON.parse(localStorage.getItem('license-console.language') ?? 'null');
}

describe('language settings in the top bar (UX-1)', () => {
  afterEach(() => localStorage.removeItem('license-console.language'));

  it('switches the console to German and saves the choice for the next visit', async () => {
    localStorage.removeItem('license-console.language');
    const { user } = renderWithApp(
      <AppShell>
        <NotFoundPage />
      </AppShell>,
    );
    const opener = screen.getByRole('button', { name: 'Language and dates' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Language and dates' });
    await user.click(within(dialog).getByRole('radio', { name: 'Deutsch' }));

    expect(await screen.findByRole('dialog', { name: 'Sprache und Datum' })).toBeVisible();
    expect(savedChoice()).toMatchObject({ locale: 'de' });

    await user.click(within(dialog).getByRole('radio', { name: /Wie in der Sprache üblich/ }));
    const zone = within(dialog).getByRole('combobox', { name: 'Zeitzone' });
    await user.clear(zone);
    await user.type(zone, 'Berlin');
    await user.click(await screen.findByRole('option', { name: 'Europe/Berlin' }));
    expect(savedChoice()).toEqual({
      locale: 'de',
      dateStyle: 'locale',
      timeZone: 'Europe/Berlin',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Fertig' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Sprache und Datum' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Seite nicht gefunden' })).toBeVisible();
    expect(
      within(screen.getByRole('navigation', { name: 'Bereiche' }))
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual([
      'CMS-Dashboard',
      'Partner-Portal',
      'Kundenportal',
      'License Manager',
      'Customer Success',
    ]);
  });
});
