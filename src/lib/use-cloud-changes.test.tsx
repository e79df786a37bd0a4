import { QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLOUD_CHANGED_EVENT as DISPATCHED } from '@mocks/shared-cloud/cloud-changed-event';
import { CLOUD_CHANGED_EVENT, useRefetchOnCloudChange } from './use-cloud-changes';

describe('R24: another tab changed the cloud', () => {
  it('marks what this tab shows as stale, so it is fetched again without a reload', () => {
    expect(CLOUD_CHANGED_EVENT).toBe(DISPATCHED);
    const queryClient = new QueryClient();
    queryClient.setQueryData(['licenses'], ['as loaded']);
    const { unmount } = renderHook(() => useRefetchOnCloudChange(queryClient));
    expect(queryClient.getQueryState(['licenses'])?.isInvalidated).toBe(false);

    window.dispatchEvent(new Event(DISPATCHED));
    expect(queryClient.getQueryState(['licenses'])?.isInvalidated).toBe(true);

    unmount();
    queryClient.setQueryData(['licenses'], ['loaded again']);
    window.dispatchEvent(new Event(DISPATCHED));
    expect(queryClient.getQueryState(['licenses'])?.isInvalidated).toBe(false);
  });
});
