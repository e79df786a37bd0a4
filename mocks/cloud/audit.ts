import { z } from 'zod/mini';
import {
  auditSnapshotSchema,
  type AuditActor,
  type AuditEvent,
  type AuditRefusal,
  type AuditSnapshot,
} from './audit-event';
import type { CloudState } from './state';

/**
 * How many events the cloud keeps, newest last. The whole cloud is serialized and written again
 * after every change (R23, R24: the browser's IndexedDB, `mock-server --data FILE`), so the trail
 * must stay a small part of it: 1,000 events of well under a kilobyte each is some hundreds of
 * kilobytes, far more than a test or a demo produces, and older ones drop first, like the outbox.
 */
export const AUDIT_KEPT_EVENTS = 1_000;

/**
 * At most this many records are kept per side of one event; `ids` still names every record. A
 * transfer of hundreds of licenses would otherwise make a single event larger than the cap above.
 */
const AUDIT_SNAPSHOT_RECORDS = 20;

/** The records a command touches, by id; undefined where a record does not exist (yet, or any more). */
export type Touched = Readonly<Record<string, unknown>>;

/** Records as a command found or left them; the ids are all of them, the records at most 20. */
interface AuditSnapshots {
  ids: string[];
  records: Record<string, AuditSnapshot | null>;
}

export function auditSnapshots(touched: Touched): AuditSnapshots {
  const ids = Object.keys(touched);
  const kept = ids.slice(0, AUDIT_SNAPSHOT_RECORDS).map((id) => {
    const record = touched[id];
    const json = record === undefined ? null : JSON.parse(JSON.stringify(record));
    return [id, z.nullable(auditSnapshotSchema).parse(json)] as const;
  });
  return { ids, records: Object.fromEntries(kept) };
}

/**
 * The sequence the running command's audit event will have: the command wrapper records it right
 * after the command has run, and a command records no other audit event while it runs. Lets a
 * record the command changes point at the event that says who changed it (a sensor's History).
 */
export function nextAuditSequence(state: CloudState): number {
  return (state.audit.at(-1)?.sequence ?? 0) + 1;
}

/** Appends one event for an accepted write, dropping the oldest beyond AUDIT_KEPT_EVENTS. */
export function recordAudit(
  state: CloudState,
  event: {
    actor: AuditActor;
    command: string;
    nowMs: number;
    before: AuditSnapshots;
    after: AuditSnapshots;
  },
): void {
  append(state, {
    actor: { ...event.actor },
    command: event.command,
    day: state.today,
    at: new Date(event.nowMs).toISOString(),
    ids: [...new Set([...event.before.ids, ...event.after.ids])],
    before: event.before.records,
    after: event.after.records,
  });
}

/** AU-1: a refused write is on record too: who tried what on which records, and why not. */
export function recordRefusal(
  state: CloudState,
  event: {
    actor: AuditActor;
    command: string;
    nowMs: number;
    ids: string[];
    refusal: AuditRefusal;
  },
): void {
  append(state, {
    actor: { ...event.actor },
    command: event.command,
    day: state.today,
    at: new Date(event.nowMs).toISOString(),
    ids: [...new Set(event.ids)],
    before: {},
    after: {},
    refusal: { ...event.refusal },
  });
}

function append(state: CloudState, event: Omit<AuditEvent, 'sequence'>): void {
  state.audit.push({ sequence: (state.audit.at(-1)?.sequence ?? 0) + 1, ...event });
  const excess = state.audit.length - AUDIT_KEPT_EVENTS;
  if (excess > 0) state.audit.splice(0, excess);
}
