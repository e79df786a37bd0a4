import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

// Popper's chunk cannot be fetched (offline before the page went idle).
vi.mock('@mui/material/Popper', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('the popper a tooltip gets in builds, offline', () => {
  it('leaves the tooltip unshown and the page standing when Popper’s code cannot be fetched', async () => {
    // Files share one module cache (vitest.config.ts): a file run before this one may have loaded
    // Popper for real, and the loader keeps a success. This test gets a loader of its own.
    vi.resetModules();
    const { default: PopperOnFirstOpen, loadPopper } = await import('./popper-on-first-open');
    const anchor = document.createElement('button');
    document.body.append(anchor);
    render(
      <main>
        <h1>CMS Dashboard</h1>
        <PopperOnFirstOpen open anchorEl={anchor}>
          Copy the license ID
        </PopperOnFirstOpen>
      </main>,
    );
    // React has seen the fetch fail once this settles (and rendered whatever follows from it).
    await act(() => expect(loadPopper()).rejects.toThrow());
    expect(screen.getByRole('heading', { name: 'CMS Dashboard' })).toBeVisible();
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    anchor.remove();
  });
});
