import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import PopperOnFirstOpen, { loadPopper } from './popper-on-first-open';

// Popper's chunk cannot be fetched (offline before the page went idle).
vi.mock('@mui/material/Popper', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('the popper a tooltip gets in builds, offline', () => {
  it('leaves the tooltip unshown and the page standing when Popper’s code cannot be fetched', async () => {
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
