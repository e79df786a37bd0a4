import { z } from 'zod/mini';
import { plainText } from './common';
import { route, type SessionApp } from './route';

export const MIN_LOOKUP_LENGTH = 2;
export const MAX_LOOKUP_LENGTH = 100;
/** AU-2: each group lists at most this many; its total says how many matched. */
export const LOOKUP_GROUP_LIMIT = 5;

/** The apps in the order their groups are listed: the one a user most likely means first. */
export const LOOKUP_APPS = [
  'cms',
  'partner',
  'customer',
  'fleet',
  'support',
] as const satisfies readonly SessionApp[];
const lookupAppSchema = z.enum(LOOKUP_APPS);
export type LookupApp = z.infer<typeof lookupAppSchema>;

/** The kinds of record a lookup finds, in the order their groups are listed. */
export const LOOKUP_KINDS = [
  'license',
  'customer',
  'segmentController',
  'sensor',
  'purchaseOrder',
  'partner',
] as const;
const lookupKindSchema = z.enum(LOOKUP_KINDS);
export type LookupKind = z.infer<typeof lookupKindSchema>;

const lookupQuerySchema = z.object({
  q: z
    .string()
    .check(
      z.trim(),
      z.minLength(MIN_LOOKUP_LENGTH, `Type at least ${MIN_LOOKUP_LENGTH} characters.`),
      z.maxLength(MAX_LOOKUP_LENGTH, `A lookup has at most ${MAX_LOOKUP_LENGTH} characters.`),
      z.superRefine(plainText('A lookup')),
    ),
});

const lookupHitSchema = z.object({
  /** The record's own ID (License ID, Customer ID, serial number, purchase order…). */
  id: z.string(),
  /** What the record is called, as its app shows it (a name, or the ID again). */
  label: z.string(),
  /** One line of data beside it (customer, location, install code); empty when there is none. */
  detail: z.string(),
  /** The address in the app that opens it. */
  href: z.string().check(z.startsWith('/')),
  /** A License ID found through the one it replaced (PP-5): that predecessor's ID. */
  replaces: z.nullable(z.string()),
  /** A license's History (AU-1) in the same app; null for every other kind. */
  historyHref: z.nullable(z.string().check(z.startsWith('/'))),
});
export type LookupHit = z.infer<typeof lookupHitSchema>;

const lookupGroupSchema = z.object({
  kind: lookupKindSchema,
  app: lookupAppSchema,
  items: z.array(lookupHitSchema),
  total: z.int().check(z.nonnegative()),
});
export type LookupGroup = z.infer<typeof lookupGroupSchema>;

const lookupResultSchema = z
  .object({
    /** The apps the caller is signed in to, so searched; the others contribute nothing. */
    searched: z.array(lookupAppSchema),
    groups: z.array(lookupGroupSchema),
  })
  .register(z.globalRegistry, { id: 'LookupResult' });
export type LookupResult = z.infer<typeof lookupResultSchema>;

export const lookupRoutes = {
  /**
   * AU-2: open to anyone, since it reads every app session the caller holds (one cookie each);
   * without any it answers no groups rather than 401.
   */
  lookup: route({
    operationId: 'lookup',
    method: 'get',
    path: '/lookup',
    summary: 'Find any ID or name in every app the caller is signed in to',
    tag: 'lookup',
    query: lookupQuerySchema,
    response: { status: 200, schema: lookupResultSchema },
    errors: {},
  }),
};
