import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FleetNoticesProvider, useFleetNotify } from './fleet-notices';

const ADDED = '5 licenses added to the pool';
const QUEUED = 'License queued on Room 01';

/** Two outcomes, each reported by a click, as a command reports when it ends. */
function Outcomes() {
  const notify = useFleetNotify();
  return (
    <>
      <button onClick={() => notify(ADDED)}>first</button>
      <button onClick={() => notify(QUEUED)}>second</button>
    </>
  );
}

describe('the License Manager’s toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a toast set as the one before it times out stays for its own 6 s', () => {
    render(
      <FleetNoticesProvider>
        <Outcomes />
      </FleetNoticesProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'first' }));
    expect(screen.getByRole('status')).toHaveTextContent(ADDED);
    act(() => vi.advanceTimersByTime(5_999));
    // The next outcome arrives in the same moment the first toast's time runs out.
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'second' }));
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByRole('status')).toHaveTextContent(QUEUED);
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByRole('status')).toHaveTextContent(QUEUED);
  });
});
