import { z } from 'zod/mini';

/*
 * What a tab and the one simulated cloud of the browser (a SharedWorker, R24) say to each other.
 * Every call carries its own MessagePort for the answer; the cloud also tells every tab of
 * changes made by another tab and of storage problems, on the tab's own port.
 */

const headersSchema = z.array(z.tuple([z.string(), z.string()]));
const replySchema = z.instanceof(MessagePort);

export const tabMessageSchema = z.discriminatedUnion('type', [
  z.object({
    /** A tab opened: the first one decides which cloud runs (saved, migrated, or a seed). */
    type: z.literal('hello'),
    /** `?scenario=NAME`: start that seed afresh. */
    scenario: z.nullable(z.string()),
    /** `?latency=MS` and `?activation-ms=MS`. */
    latencyMs: z.nullable(z.int().check(z.nonnegative())),
    activationMsPerLicense: z.nullable(z.int().check(z.nonnegative())),
    /** The cloud this browser kept in localStorage before R24 (version 1), if still there. */
    legacy: z.nullable(z.string()),
    reply: replySchema,
  }),
  z.object({
    /** A request of the app's to `/api/…`, as the tab's MSW service worker caught it. */
    type: z.literal('request'),
    method: z.string(),
    url: z.string(),
    headers: headersSchema,
    body: z.nullable(z.instanceof(ArrayBuffer)),
    reply: replySchema,
  }),
  z.object({
    /** The user chose to start afresh after the saved cloud could not be used. */
    type: z.literal('reset'),
    scenario: z.string(),
    reply: replySchema,
  }),
]);
export type TabMessage = z.infer<typeof tabMessageSchema>;

export const cloudStatusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready'), storageFull: z.boolean() }),
  z.object({
    status: z.literal('unusable'),
    /** Why the saved cloud cannot be used, for the user. */
    message: z.string(),
    /** The saved cloud as it was found, for the user to download. */
    copy: z.string(),
  }),
]);
export type CloudStatus = z.infer<typeof cloudStatusSchema>;

export const cloudAnswerSchema = z.union([
  z.object({ networkError: z.literal(true) }),
  z.object({
    status: z.int(),
    statusText: z.string(),
    headers: headersSchema,
    body: z.instanceof(ArrayBuffer),
  }),
]);
export type CloudAnswer = z.infer<typeof cloudAnswerSchema>;

export const cloudEventSchema = z.discriminatedUnion('type', [
  /** Another tab changed the cloud: what this tab shows may be out of date. */
  z.object({ type: z.literal('changed') }),
  /** Whether the last save failed for room: the last good state is kept meanwhile. */
  z.object({ type: z.literal('storage'), full: z.boolean() }),
]);
export type CloudEvent = z.infer<typeof cloudEventSchema>;
