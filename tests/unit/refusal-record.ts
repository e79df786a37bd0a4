import { expect } from 'vitest';
import type { AuditEvent } from '@mocks/cloud/audit-event';
import { ALL_COMMANDS } from '@mocks/cloud/commands';
import { inspect } from '@tests/builders';

/** Statuses the cloud answers before any command runs: nothing is there to record. */
const BEFORE_ANY_COMMAND = new Set([400, 401, 413]);

/** Whether a request reaches a command that writes (a read's refusal is not recorded). */
function isWrite({ method, path }: { method: string; path: string }): boolean {
  const bare = path.split('?')[0] ?? path;
  const command = ALL_COMMANDS.find((c) => {
    const route = c.http?.route;
    if (!route || route.method.toUpperCase() !== method) return false;
    return new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare);
  });
  return command?.write !== undefined;
}

/**
 * A refusal changes no record (MC-1). Since AU-1 the audit trail says who was refused and why:
 * one event for a refused write; none for a refusal before any command ran, or of a read.
 */
export function expectRefusedOnRecord(
  before: { audit: AuditEvent[]; idempotency?: unknown },
  refusal: { status: number; code: string; role?: string; call: { method: string; path: string } },
) {
  const { audit, idempotency: _after, ...records } = inspect();
  const { audit: auditBefore, idempotency: _before, ...recordsBefore } = before;
  expect(records).toEqual(recordsBefore);
  const recorded = isWrite(refusal.call) && !BEFORE_ANY_COMMAND.has(refusal.status);
  const refusedAs = expect.objectContaining({
    refusal: expect.objectContaining({ code: refusal.code }),
    ...(refusal.role ? { actor: expect.objectContaining({ role: refusal.role }) } : {}),
  });
  expect(audit.slice(auditBefore.length)).toEqual(recorded ? [refusedAs] : []);
}
