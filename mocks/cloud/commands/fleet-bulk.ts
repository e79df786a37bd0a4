import { fleetBulkRoutes, type BulkBody } from '@/api/contract/fleet-bulk';
import { command } from '../command';
import { runBulk } from '../fleet-bulk';

/**
 * LM-12: one action on many sensors. One Idempotency-Key for the whole command: a retried request
 * changes nothing twice. The audit event names the action and its count rather than every sensor,
 * so a command over 100,000 sensors stays one small event.
 */
export const runBulkCommand = command({
  name: 'fleet.bulk',
  access: 'manager',
  run: ({ state }, body: BulkBody) => runBulk(state, body),
  write: {
    idempotency: { route: 'bulk', fingerprint: (body: BulkBody) => body },
    touches: (_state, body, answer) => ({
      [`bulk:${body.action.kind}`]: answer
        ? { action: body.action, target: body.target.kind, ...answer, refusals: undefined }
        : undefined,
    }),
  },
  http: { route: fleetBulkRoutes.run, input: ({ body }) => body },
});
