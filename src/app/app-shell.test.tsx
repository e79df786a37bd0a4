import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
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

    await user.click(screen.getByRole('button', { name: 'Signed in as Olivia Brandt · Owner' }));
    // The menu's code arrives on the first click (P1): wait for it as the user does.
    await user.click(
      within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Supervisor' }),
    );
    expect(await screen.findByText(/only the Owner can manage licenses/)).toHaveTextContent(
      'You are signed in as Priya Nair (Supervisor).',
    );
    expect(cloud().session().user.role).toBe('Supervisor');
    expect(screen.queryByRole('button', { name: 'Manage Licenses' })).not.toBeInTheDocument();

    // Back as the Owner, the dialog does not open by itself again in this session (SS-2).
    await user.click(screen.getByRole('button', { name: 'Signed in as Priya Nair · Supervisor' }));
    await user.click(
      within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Owner' }),
    );
    expect(await screen.findByRole('button', { name: 'Manage Licenses' })).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('measures its area tabs again only when the area changes, not on each page of an area', async () => {
    const { location } = renderApp('/');
    const nav = screen.getByRole('navigation', { name: 'Areas' });
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const tabsMeasured = () =>
      measure.mock.contexts.filter((element) => element instanceof Node && nav.contains(element));
    // MUI's tabs measure their indicator after each render: the whole page is laid out for it.
    act(() => location.navigate('/planner'));
    expect(
      await screen.findByRole('heading', { name: 'Renewal and coverage planner' }),
    ).toBeVisible();
    expect(tabsMeasured()).toHaveLength(0);

    act(() => location.navigate('/fleet'));
    await waitFor(() => expect(tabsMeasured().length).toBeGreaterThan(0));
  });

  it('shows the five areas, and a page that does not exist says so', async () => {
    renderApp('/nowhere');
    const nav = screen.getByRole('navigation', { name: 'Areas' });
    expect(
      within(nav)
        .getAllByRole('tab')
        .map((t) => t.textContent),
    ).toEqual([
      'CMS Dashboard',
      'Partner Portal',
      'Customer Portal',
      'License Manager',
      'Customer Success',
    ]);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  it('says who is signed in to each app, and switches the fleet user there (LM-1)', async () => {
    const { user } = renderApp('/fleet');
    await user.click(
      await screen.findByRole('button', { name: /^Signed in as .* · Administrator$/ }),
    );
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText(/Signed in to the License Manager as/)).toBeVisible();
    await user.click(within(menu).getByRole('menuitem', { name: 'Analyst' }));
    expect(
      await screen.findByRole('button', { name: /^Signed in as .* · Analyst$/ }),
    ).toBeVisible();
    expect(cloud().fleetSession().user.role).toBe('Analyst');
    expect(cloud().session().user.role).toBe('Owner');
    expect(screen.queryByRole('button', { name: /Olivia Brandt/ })).not.toBeInTheDocument();
  });

  it('names nobody in a portal nobody signed in to, and the partner once one is', async () => {
    const { user } = renderApp('/partner');
    await user.click(await screen.findByRole('button', { name: 'Not signed in' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('Nobody is signed in to the Partner Portal')).toBeVisible();
    await user.click(await within(menu).findByRole('menuitem', { name: 'Northwind Controls' }));
    expect(
      await screen.findByRole('button', { name: 'Signed in as Northwind Controls · Partner' }),
    ).toBeVisible();
    expect(cloud().partnerSession().partner?.name).toBe('Northwind Controls');
  });

  it('puts the areas in a drawer behind the menu button on a narrow window', async () => {
    const restore = narrowWindow();
    try {
      const { user, location } = renderApp('/');
      expect(screen.queryByRole('navigation', { name: 'Areas' })).not.toBeInTheDocument();
      const menuButton = screen.getByRole('button', { name: 'Menu' });
      await user.click(menuButton);
      // The drawer's code arrives on the first tap (P1): wait for it as the user does.
      const nav = await screen.findByRole('navigation', { name: 'Areas' });
      expect(within(nav).getByRole('link', { name: 'CMS Dashboard' })).toHaveAttribute(
        'aria-current',
        'page',
      );
      await user.click(within(nav).getByRole('link', { name: 'License Manager' }));
      expect(location.history.at(-1)).toBe('/fleet');
      await waitFor(() =>
        expect(screen.queryByRole('navigation', { name: 'Areas' })).not.toBeInTheDocument(),
      );
      await waitFor(() => expect(menuButton).toHaveFocus());
    } finally {
      restore();
    }
  });
});

/** A window below the drawer breakpoint, as far as CSS media queries go. */
function narrowWindow() {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
  return () => {
    window.matchMedia = original;
  };
}
