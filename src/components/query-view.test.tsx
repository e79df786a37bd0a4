import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { QueryView, type ViewQuery } from './query-view';

const idle = { error: null, isFetching: false, refetch: () => undefined };

/** A view whose skeleton and content note each time they are drawn. */
function view(query: ViewQuery<string>, drawn: string[]) {
  function Pending() {
    drawn.push('skeleton');
    return <p>Loading</p>;
  }
  function Content({ text }: { text: string }) {
    drawn.push(`content: ${text}`);
    return <p>{text}</p>;
  }
  return (
    <QueryView query={query} pending={<Pending />} errorTitle="Could not load">
      {(text) => <Content text={text} />}
    </QueryView>
  );
}

describe('QueryView', () => {
  it('draws the skeleton until the first answer, then the content in the answer’s own render', () => {
    const drawn: string[] = [];
    const { rerender } = render(view({ ...idle, data: undefined }, drawn));
    expect(screen.getByText('Loading')).toBeVisible();
    rerender(view({ ...idle, data: 'Four licenses' }, drawn));

    expect(screen.getByText('Four licenses')).toBeVisible();
    expect(drawn).toEqual(['skeleton', 'content: Four licenses']);
  });

  it('draws a view mounted with its data at once, and later answers at once', () => {
    const drawn: string[] = [];
    const { rerender } = render(view({ ...idle, data: 'Four licenses' }, drawn));
    expect(screen.getByText('Four licenses')).toBeVisible();

    rerender(view({ ...idle, data: 'Five licenses' }, drawn));
    expect(screen.getByText('Five licenses')).toBeVisible();
    expect(drawn).toEqual(['content: Four licenses', 'content: Five licenses']);
  });

  it('shows an error without data at once, with Retry', () => {
    renderWithApp(view({ ...idle, data: undefined, error: new Error('offline') }, []));
    expect(screen.getByText('Could not load')).toBeVisible();
    expect(screen.getByRole('button', { name: /retry/i })).toBeVisible();
  });

  it('keeps the content mounted, with its state, when a refresh fails and when it recovers (R2)', async () => {
    function Refreshed() {
      const [error, setError] = useState<Error | null>(null);
      return (
        <>
          <button onClick={() => setError(new Error('Cloud unreachable'))}>Fail</button>
          <button onClick={() => setError(null)}>Recover</button>
          <QueryView
            query={{ ...idle, data: 'loaded', error }}
            pending={null}
            errorTitle="Could not load"
            lastLoaded="As last loaded."
          >
            {() => <input aria-label="Note" defaultValue="" />}
          </QueryView>
        </>
      );
    }
    const { user } = renderWithApp(<Refreshed />);
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'half typed');

    await user.click(screen.getByRole('button', { name: 'Fail' }));
    expect(screen.getByRole('alert')).toHaveTextContent('As last loaded.');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('half typed');

    await user.click(screen.getByRole('button', { name: 'Recover' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('half typed');
  });
});
