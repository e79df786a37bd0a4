import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { renderWithApp } from '@tests/render';
import { AppRoutes } from './app-routes';
import { AppShell } from './app-shell';

function renderApp(url = '/') {
  return renderWithApp(
    <AppShell>
      <AppRoutes />
    </AppShell>,
    { url },
  );
}

describe('the app shell', () => {
  it('lets a tester sign in as another CMS user type on the simulated cloud (SS-1)', async () => {
    const { user } = renderApp('/');
    const autoOpened = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    await user.click(within(autoOpened).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(
      screen.getByRole('button', { name: /Signed in as Olivia Brandt \(Owner\): switch user/ }),
    );
    await user.click(
      within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Supervisor' }),
    );
    expect(await screen.findByText(/only the Owner can manage licenses/)).toHaveTextContent(
      'You are signed in as Priya Nair (Supervisor).',
    );
    expect(cloud().session().user.role).toBe('Supervisor');
    expect(screen.queryByRole('button', { name: 'Manage Licenses' })).not.toBeInTheDocument();

    // Back as the Owner, the dialog does not open by itself again in this session (SS-2).
    await user.click(screen.getByRole('button', { name: /Signed in as Priya Nair/ }));
    await user.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Owner' }));
    expect(await screen.findByRole('button', { name: 'Manage Licenses' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the four areas, and a page that does not exist says so', async () => {
    renderApp('/nowhere');
    const nav = screen.getByRole('navigation', { name: 'Areas' });
    expect(
      within(nav)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual(['CMS Dashboard', 'Partner Portal', 'Customer Portal', 'License Manager']);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
