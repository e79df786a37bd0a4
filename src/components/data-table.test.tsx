import type { ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, TableBody, TableCell, TableRow } from './data-table';

/** A stand-in for the browser's ResizeObserver: the test says when its first answer comes. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  constructor(readonly answer: () => void) {
    FakeResizeObserver.last = this;
  }
  observe() {}
  disconnect() {}
}

function renderTable(cell: ReactNode) {
  render(
    <DataTable aria-label="Licenses">
      <TableBody>
        <TableRow>
          <TableCell>{cell}</TableCell>
        </TableRow>
      </TableBody>
    </DataTable>,
  );
  const box = screen.getByRole('table', { name: 'Licenses' }).parentElement;
  if (!box) throw new Error('The table has no box');
  return box;
}

describe('the box a table scrolls in (WCAG 2.1.1)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('is a tab stop from its first paint without reading sizes, and stays one while it overflows', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const sizeRead = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get');
    const box = renderTable('LIC-7F3A-92C1-4B8D');
    // Reading a size while React commits would lay out the whole page inside that task.
    expect(sizeRead).not.toHaveBeenCalled();
    expect(box).toHaveAttribute('tabindex', '0');

    sizeRead.mockReturnValue(900);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
    act(() => FakeResizeObserver.last?.answer());
    expect(box).toHaveAttribute('tabindex', '0');
  });

  it('stops being a tab stop once the browser has laid it out and it fits', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const box = renderTable('LIC-7F3A-92C1-4B8D');
    vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(360);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(360);
    act(() => FakeResizeObserver.last?.answer());
    expect(box).not.toHaveAttribute('tabindex');
  });

  it('adds no tab stop around a table that holds a button: focusing it scrolls the box', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const box = renderTable(<button type="button">History</button>);
    expect(box).not.toHaveAttribute('tabindex');
  });
});
