import { CloudError } from '@mocks/cloud/errors';

/** The simulated cloud's refusal of a call; fails the test when the call is not refused. */
export function refusal(run: () => unknown): CloudError {
  try {
    run();
  } catch (error) {
    if (error instanceof CloudError) return error;
    throw error;
  }
  throw new Error('Expected the cloud to refuse');
}

/** The same for a call that answers a promise. */
export async function asyncRefusal(run: () => Promise<unknown>): Promise<CloudError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CloudError) return error;
    throw error;
  }
  throw new Error('Expected the cloud to refuse');
}
