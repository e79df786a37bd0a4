/**
 * Every timeout of the test suites, in one place. Waits are for states a user sees, never for a
 * duration: these numbers only decide when a state that has not come counts as a failure. They are
 * generous so that a 2-core machine with one core taken by another process still passes; a green
 * run never waits for them.
 */
export const TIMEOUTS = {
  /** One Vitest test in jsdom (unit, component, reliability). */
  unitTest: 60_000,
  /** Testing Library's findBy… and waitFor, in jsdom and in stories' play functions. */
  elementWait: 15_000,
  /** One story under Vitest's browser mode, its play function and axe scan included. */
  storyTest: 60_000,
  /** One Playwright test, all its page loads and journeys included. */
  e2eTest: 240_000,
  /**
   * One Playwright expectation or action waiting for what the user waits for. With one core busy
   * elsewhere, two browsers share the other: a first view of the demo build then took over 15 s.
   */
  e2eExpect: 30_000,
  /** Playwright's web servers (a preview of a finished build, the simulated cloud over HTTP). */
  e2eServerStart: 180_000,
} as const;
