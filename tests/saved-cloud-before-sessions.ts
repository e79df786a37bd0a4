import { z } from 'zod/mini';

/**
 * A state as versions 1 and 2 kept it: one global sign-in per app instead of session records, and
 * no audit trail (version 4). The saved-cloud and data-file tests continue such files.
 */
export function stateBeforeSessions(state: object): Record<string, unknown> {
  const copy = z.record(z.string(), z.unknown()).parse(JSON.parse(JSON.stringify(state)));
  const fleet = z.record(z.string(), z.unknown()).parse(copy.fleet);
  const users = z.array(z.object({ id: z.string() })).parse(copy.users);
  const fleetUsers = z.array(z.object({ id: z.string() })).parse(fleet.users);
  delete copy.sessions;
  delete copy.localClient;
  delete copy.audit;
  return {
    ...copy,
    sessionUserId: users[0]?.id ?? '',
    partnerSessionId: null,
    customerPortalSessionId: null,
    fleet: { ...fleet, sessionUserId: fleetUsers[0]?.id ?? '' },
  };
}
