import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FleetNoticesProvider, useFleetNotify } from './fleet-notices';

let notify: ReturnType<typeof useFleetNotify> = () => undefined;

function Notifier() {
  notify = useFleetNotify();
  return null;
}

describe('the License Manager’s toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a toast set as the one before it times out stays for its own 6 s', () => {
    render(
      <FleetNoticesProvider>
        <Notifier />
      </FleetNoticesProvider>,
    );
    act(() => notify('5 licenses added to the pool'));
    expect(screen.getByRole('status')).toHaveTextContent('5 licenses added to the pool');
    act(() => vi.advanceTimersByTime(5_999));
    // The next outcome arrives in the same moment the first toast's time runs out.
    act(() => {
      notify('License queued on Room 01');
      vi.advanceTimersByTime(1);
    });
    expect(screen.getByRole('status')).toHaveTextContent('License queued on Room 01');
    act(() => vi.advanceTimersByTime(5_000));
    expect(screen.getByRole('status')).toHaveTextContent('License queued on Room 01');
  });
});
