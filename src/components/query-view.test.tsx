import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { QueryView, type ViewQuery } from './query-view';

const idle = { error: null, isFetching: false, refetch: () => undefined };

/** A view whose skeleton and content note each time they are drawn. */
function view(query: ViewQuery<string>, drawn: string[], firstContent?: 'background' | 'at-once') {
  function Pending() {
    drawn.push('skeleton');
    return <p>Loading</p>;
  }
  function Content({ text }: { text: string }) {
    drawn.push(`content: ${text}`);
    return <p>{text}</p>;
  }
  return (
    <QueryView
      query={query}
      pending={<Pending />}
      errorTitle="Could not load"
      firstContent={firstContent}
    >
      {(text) => <Content text={text} />}
    </QueryView>
  );
}

describe('QueryView', () => {
  it('draws the first content after its skeleton in a pass of its own, so React can split it (P2)', async () => {
    const drawn: string[] = [];
    const { rerender } = render(view({ ...idle, data: undefined }, drawn));
    rerender(view({ ...idle, data: 'Four licenses' }, drawn));

    expect(await screen.findByText('Four licenses')).toBeVisible();
    // The answer's own render still draws the skeleton; the content follows in a later pass.
    expect(drawn).toEqual(['skeleton', 'skeleton', 'content: Four licenses']);
  });

  it('draws the first content in the answer’s own render when asked to (a virtualized table)', async () => {
    const drawn: string[] = [];
    const { rerender } = render(view({ ...idle, data: undefined }, drawn, 'at-once'));
    rerender(view({ ...idle, data: 'Four licenses' }, drawn, 'at-once'));

    expect(await screen.findByText('Four licenses')).toBeVisible();
    expect(drawn).toEqual(['skeleton', 'content: Four licenses']);
  });

  it('draws a view mounted with its data at once, and later answers at once', async () => {
    const drawn: string[] = [];
    const { rerender } = render(view({ ...idle, data: 'Four licenses' }, drawn));
    expect(screen.getByText('Four licenses')).toBeVisible();

    rerender(view({ ...idle, data: 'Five licenses' }, drawn));
    expect(await screen.findByText('Five licenses')).toBeVisible();
    expect(drawn).toEqual(['content: Four licenses', 'content: Five licenses']);
  });

  it('shows an error without data at once, with Retry', () => {
    renderWithApp(view({ ...idle, data: undefined, error: new Error('offline') }, []));
    expect(screen.getByText('Could not load')).toBeVisible();
    expect(screen.getByRole('button', { name: /retry/i })).toBeVisible();
  });
});
