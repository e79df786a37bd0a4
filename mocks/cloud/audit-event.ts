import { z } from 'zod/mini';
import { isoDateSchema } from '@/api/contract/common';
import { sessionAppSchema } from './session-app';

/** A record as it was before or after a command: plain JSON, so it is saved with the cloud. */
export const auditSnapshotSchema = z.json();
export type AuditSnapshot = z.infer<typeof auditSnapshotSchema>;

/** Who ran a command: the signed-in user, partner or customer account of one app. */
export const auditActorSchema = z.strictObject({
  app: sessionAppSchema,
  id: z.string(),
  name: z.string(),
  /** The CMS or fleet role; null for partners and customer accounts, which have none. */
  role: z.nullable(z.string()),
});
export type AuditActor = z.infer<typeof auditActorSchema>;

/** Why the cloud refused a write (AU-1): the answer's status, code and message. */
const auditRefusalSchema = z.strictObject({
  /** Absent for one license of an activation job, which fails on its own after the answer. */
  status: z.optional(z.int()),
  code: z.string(),
  message: z.string(),
});
export type AuditRefusal = z.infer<typeof auditRefusalSchema>;

/**
 * One write the cloud accepted, or refused (AU-1): who, what, when, which records, and those
 * records before and after (null where a record did not exist; both empty for a refusal, which
 * changed nothing). The histories of licenses and accounts are read from these (license-history.ts).
 */
export const auditEventSchema = z.strictObject({
  /** Counts up from 1 in this cloud, so events stay in order even within one millisecond. */
  sequence: z.int().check(z.positive()),
  actor: auditActorSchema,
  /** The command's name, e.g. `cms.updateNote`. */
  command: z.string(),
  /** The simulated day and the wall-clock time it ran. */
  day: isoDateSchema,
  at: z.iso.datetime(),
  /** Every record the command touched, also those left out of the snapshots below. */
  ids: z.array(z.string()),
  before: z.record(z.string(), z.nullable(auditSnapshotSchema)),
  after: z.record(z.string(), z.nullable(auditSnapshotSchema)),
  /** Present when the command was refused; saved clouds from before AU-1 have none. */
  refusal: z.optional(auditRefusalSchema),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
