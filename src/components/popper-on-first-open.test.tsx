import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import PopperOnFirstOpen from './popper-on-first-open';

describe('the popper a tooltip gets in builds (P1)', () => {
  it('draws nothing while closed, then MUI’s Popper once opened, and keeps it for later openings', async () => {
    const anchor = document.createElement('button');
    document.body.append(anchor);
    const popper = (open: boolean) => (
      <PopperOnFirstOpen open={open} anchorEl={anchor}>
        Copy the license ID
      </PopperOnFirstOpen>
    );
    const { rerender } = render(popper(false));
    expect(screen.queryByText('Copy the license ID')).not.toBeInTheDocument();

    rerender(popper(true));
    const shown = await screen.findByRole('tooltip');
    expect(shown).toHaveTextContent('Copy the license ID');

    rerender(popper(false));
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    // MUI's own Popper from now on: it opens in the same render, without waiting.
    rerender(popper(true));
    expect(screen.getByRole('tooltip')).toHaveTextContent('Copy the license ID');
    anchor.remove();
  });
});
