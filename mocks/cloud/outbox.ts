import { OUTBOX_KEPT_MESSAGES } from '@/api/contract/notifications';
import type { CloudState, OutboxMessageRecord } from './state';

/**
 * SS-62: every e-mail the cloud sends goes here. Only the newest OUTBOX_KEPT_MESSAGES stay: a few
 * simulated years of a large fleet's expiry e-mails would otherwise fill memory and every answer.
 */
export function deliver(state: CloudState, message: OutboxMessageRecord): void {
  state.outbox.push(message);
  const excess = state.outbox.length - OUTBOX_KEPT_MESSAGES;
  if (excess > 0) state.outbox.splice(0, excess);
}
