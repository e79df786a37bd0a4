import type { z } from 'zod/mini';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The five apps a client signs in to, each with its own session (R20). */
export type SessionApp = 'cms' | 'fleet' | 'partner' | 'customer' | 'support';

/** Refusals a route may answer; 400 `validation_failed` and 401 follow from its schemas and session. */
export type RefusalStatus = 400 | 403 | 404 | 409 | 413 | 422 | 503;

export const tags = {
  session: 'Session and clock',
  cms: 'CMS: Manage Licenses',
  files: 'CMS: offline license files',
  notifications: 'CMS: notifications',
  partner: 'License Partner Portal',
  customer: 'License Customer Portal',
  fleet: 'License Manager (sensor fleet)',
  support: 'Customer Success console',
  lookup: 'Lookup anywhere',
  simulation: 'Simulation controls',
} as const;

type Tag = keyof typeof tags;

type SuccessResponse =
  { status: 200 | 201 | 202; schema: z.ZodMiniType } | { status: 200; csv: true } | { status: 204 };

/** One operation of the licensing cloud: the client, the handlers and the OpenAPI document read it. */
export interface Route {
  operationId: string;
  method: Method;
  /** Below the API base (`/api`), with `{name}` path parameters. */
  path: string;
  summary: string;
  tag: Tag;
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  response: SuccessResponse;
  /**
   * R20: the app whose session (cookie or bearer token) the route acts as; without one it answers
   * 401 before reading the request. `optional`: it answers without one too. Absent: open to anyone.
   */
  session?: { app: SessionApp; optional?: true };
  /** The role the model requires (CMS `Owner`, License Manager `Manager` or `Administrator`, Customer Success `License administrator`). */
  role?: string;
  /** Takes an `Idempotency-Key`: a retry with the same key is applied once. */
  idempotent?: true;
  /** Refusals of well-formed requests, with their codes (400 and 401 follow from the above). */
  errors: Partial<Record<RefusalStatus, readonly string[]>>;
}

/** Declares a route, keeping its literal types so `request` and `handle` infer inputs and answers. */
export function route<const R extends Route>(definition: R): R {
  return definition;
}

type Schema<R, Key extends string> =
  R extends Record<Key, infer S extends z.ZodMiniType> ? S : never;

/** What a caller sends: absent parts are `never`, so they cannot be passed. */
export type ParamsIn<R extends Route> = z.input<Schema<R, 'params'>>;
export type QueryIn<R extends Route> = z.input<Schema<R, 'query'>>;
export type BodyIn<R extends Route> = z.input<Schema<R, 'body'>>;

/** What a part becomes once parsed: its schema's output, or undefined when the route has none. */
export type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** What a handler reads after parsing. */
export type ParamsOut<R extends Route> = Parsed<R['params']>;
export type QueryOut<R extends Route> = Parsed<R['query']>;
export type BodyOut<R extends Route> = Parsed<R['body']>;

/** The success answer: the parsed JSON, a CSV's text, or nothing (204). */
export type Answer<R extends Route> = R['response'] extends {
  schema: infer S extends z.ZodMiniType;
}
  ? z.output<S>
  : R['response'] extends { csv: true }
    ? string
    : undefined;

/** What a handler hands back: the response schema's input (the wire shape); a CSV also in chunks. */
export type AnswerIn<R extends Route> = R['response'] extends {
  schema: infer S extends z.ZodMiniType;
}
  ? z.input<S>
  : R['response'] extends { csv: true }
    ? string | Iterable<string>
    : undefined;
