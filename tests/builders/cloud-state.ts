import { cloud } from '@mocks/cloud/instance';
import type { CloudState } from '@mocks/cloud/state';

/*
 * The one module of the test setup that touches the model's raw state: builders write through it,
 * `inspect` copies it. When the state's shape changes, the builders change, not the tests that use them
 * (the guard in tests/unit/no-raw-state.test.ts keeps every other test and story off `.state`).
 */
export function writableState(): CloudState {
  return cloud().state;
}

/**
 * A copy of everything the cloud knows right now, for assertions and for finding ids. A frozen
 * copy: a test that writes to it (thinking it sets the cloud up) fails at once instead of testing
 * nothing. Setup goes through commands or the builders.
 */
export function inspect(): CloudState {
  return deepFreeze(structuredClone(cloud().state));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
