import type { HistoryEntry, HistoryKind, SensorTrail } from '@/api/contract/history';
import type { AuditEvent } from './audit-event';
import { NOTHING_RECORDED } from './history-entries';
import { findSensor } from './fleet';
import type { CloudState, SensorEventRecord } from './state';

/** AU-1: a sensor event in the History's words. */
const KIND_OF_EVENT: Readonly<Record<SensorEventRecord['kind'], HistoryKind>> = {
  added: 'sensorAdded',
  assigned: 'licenseAssigned',
  queued: 'licenseQueued',
  started: 'licenseStarted',
  renewed: 'licenseRenewed',
  removed: 'queuedRemoved',
  expired: 'licenseExpired',
  autoRenewalOn: 'autoRenewalChanged',
  autoRenewalOff: 'autoRenewalChanged',
};

/** A command that names the sensor but left no event on it: a refusal, or a switch already set. */
const KIND_OF_COMMAND: Readonly<Record<string, HistoryKind>> = {
  'fleet.addSensors': 'sensorAdded',
  'fleet.assignLicense': 'licenseAssigned',
  'fleet.removeQueued': 'queuedRemoved',
  'fleet.setAutoRenewal': 'autoRenewalChanged',
};

const onOff = (on: boolean) => (on ? 'on' : 'off');

type Ordered = HistoryEntry & { order: number };

const entry = (
  fields: Pick<HistoryEntry, 'id' | 'kind' | 'day'> & Partial<HistoryEntry>,
): HistoryEntry => ({ ...NOTHING_RECORDED, ...fields });

const actorOf = (event: AuditEvent | undefined) =>
  event ? { app: event.actor.app, name: event.actor.name, role: event.actor.role } : null;

function changesOf(event: SensorEventRecord): HistoryEntry['changes'] {
  if (event.kind === 'autoRenewalOn' || event.kind === 'autoRenewalOff') {
    const on = event.kind === 'autoRenewalOn';
    return [{ field: 'autoRenewal', before: onOff(!on), after: onOff(on) }];
  }
  if (event.endDate === null || event.kind === 'expired') return [];
  if (event.kind === 'removed')
    return [{ field: 'licenseEnd', before: event.endDate, after: null }];
  return [{ field: 'licenseEnd', before: null, after: event.endDate }];
}

/** Where a command left no event: what the sensor was after it (a switch that was already set). */
function autoRenewalAfter(event: AuditEvent, serial: string): HistoryEntry['changes'] {
  const after = event.after[serial];
  if (typeof after !== 'object' || after === null || Array.isArray(after)) return [];
  const on = after.autoRenewal;
  return typeof on === 'boolean'
    ? [{ field: 'autoRenewal', before: onOff(on), after: onOff(on) }]
    : [];
}

/**
 * AU-1: a sensor's History, oldest first. Its own events (kept per sensor, LM-14) say what
 * happened; the audit event each points at says who, also for a bulk command, which records one
 * event for all its sensors. Events the cloud did by itself (a queued license starting, a renewal
 * from the pool, an expiry) are the cloud's. Commands that named the sensor and changed nothing on
 * it (refusals above all) come from the audit trail.
 */
export function sensorTrail(state: CloudState, serial: string): SensorTrail {
  const sensor = findSensor(state, serial);
  const referenced = new Set(
    sensor.events.flatMap((e) => (e.audit === undefined ? [] : [e.audit])),
  );
  const bySequence = new Map<number, AuditEvent>();
  const naming: AuditEvent[] = [];
  for (const event of state.audit) {
    if (referenced.has(event.sequence)) bySequence.set(event.sequence, event);
    else if (event.ids.includes(serial)) naming.push(event);
  }
  // The cloud's own events sort after the command event before them on the same day.
  let lastSequence = 0;
  const own: Ordered[] = sensor.events.map((event, index) => {
    const audit = event.audit === undefined ? undefined : bySequence.get(event.audit);
    if (event.audit !== undefined) lastSequence = event.audit;
    return {
      ...entry({
        id: `sensor-${index}`,
        kind: KIND_OF_EVENT[event.kind],
        day: event.day,
        command: audit?.command ?? null,
        actor: actorOf(audit),
        at: audit?.at ?? null,
        reference: event.keyId,
        changes: changesOf(event),
      }),
      order: event.audit ?? lastSequence + 0.5,
    };
  });
  const named: Ordered[] = naming.map((event) => ({
    ...entry({
      id: `audit-${event.sequence}`,
      kind: KIND_OF_COMMAND[event.command] ?? 'other',
      day: event.day,
      command: event.command,
      actor: actorOf(event),
      at: event.at,
      changes: event.refusal ? [] : autoRenewalAfter(event, serial),
      refusal: event.refusal ? { code: event.refusal.code, message: event.refusal.message } : null,
    }),
    order: event.sequence,
  }));
  const items = [...own, ...named]
    .sort((a, b) => a.day.localeCompare(b.day) || a.order - b.order)
    .map(({ order: _order, ...item }) => item);
  return { serial: sensor.serial, items };
}
