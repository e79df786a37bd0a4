import { z } from 'zod';
import { isoDateSchema } from '@/api/contract/common';
import { sessionAppSchema } from './session-app';

/** A record as it was before or after a command: plain JSON, so it is saved with the cloud. */
export const auditSnapshotSchema = z.json();
export type AuditSnapshot = z.infer<typeof auditSnapshotSchema>;

/** Who ran a command: the signed-in user, partner or customer account of one app. */
const auditActorSchema = z.strictObject({
  app: sessionAppSchema,
  id: z.string(),
  name: z.string(),
  /** The CMS or fleet role; null for partners and customer accounts, which have none. */
  role: z.string().nullable(),
});
export type AuditActor = z.infer<typeof auditActorSchema>;

/**
 * One write the cloud accepted: who, what, when, which records, and those records before and
 * after (null where a record did not exist). Shown to people by a later issue; stored now so the
 * trail starts with the feature rather than with its screen.
 */
export const auditEventSchema = z.strictObject({
  /** Counts up from 1 in this cloud, so events stay in order even within one millisecond. */
  sequence: z.int().positive(),
  actor: auditActorSchema,
  /** The command's name, e.g. `cms.updateNote`. */
  command: z.string(),
  /** The simulated day and the wall-clock time it ran. */
  day: isoDateSchema,
  at: z.iso.datetime(),
  /** Every record the command touched, also those left out of the snapshots below. */
  ids: z.array(z.string()),
  before: z.record(z.string(), auditSnapshotSchema.nullable()),
  after: z.record(z.string(), auditSnapshotSchema.nullable()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
