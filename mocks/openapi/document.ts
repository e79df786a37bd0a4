import { z } from 'zod/mini';
import { allRoutes } from '@/api/contract';
import { errorBodySchema } from '@/api/contract/common';
import {
  tags,
  type Method,
  type RefusalStatus,
  type Route,
  type SessionApp,
} from '@/api/contract/route';
import { SESSION_COOKIES } from '../handlers/caller';

type JsonSchema = z.core.JSONSchema.JSONSchema;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

interface Response {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
}

/** Any one of the alternatives suffices; `{}` among them means none is needed. */
type SecurityRequirement = Partial<Record<SecuritySchemeName, []>>;

interface SecurityScheme {
  type: 'apiKey' | 'http';
  description: string;
  in?: 'cookie';
  name?: string;
  scheme?: 'bearer';
}

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  security: SecurityRequirement[];
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, Response | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: {
    title: string;
    version: string;
    description: string;
    license: { name: string; identifier: string };
  };
  servers: { url: string; description: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, Parameter>;
    securitySchemes: Record<SecuritySchemeName, SecurityScheme>;
  };
}

export const OPENAPI_PATH = '/openapi.json';

const COOKIE_SCHEMES = {
  cms: 'cmsSession',
  fleet: 'fleetSession',
  partner: 'partnerSession',
  customer: 'customerSession',
  support: 'supportSession',
} as const satisfies Record<SessionApp, string>;

type SecuritySchemeName = (typeof COOKIE_SCHEMES)[SessionApp] | 'bearerToken';

function cookieScheme(app: SessionApp, appName: string): SecurityScheme {
  return {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIES[app],
    description: `The ${appName} session: HttpOnly, SameSite=Strict, Path=/api; set by its sign-in.`,
  };
}

/** R20: each sign-in sets its app's cookie and answers the same token for a bearer header. */
function securitySchemes(): Record<SecuritySchemeName, SecurityScheme> {
  return {
    cmsSession: cookieScheme('cms', 'CMS'),
    fleetSession: cookieScheme('fleet', 'License Manager'),
    partnerSession: cookieScheme('partner', 'License Partner Portal'),
    customerSession: cookieScheme('customer', 'License Customer Portal'),
    supportSession: cookieScheme('support', 'Customer Success console'),
    bearerToken: {
      type: 'http',
      scheme: 'bearer',
      description:
        'The `token` a sign-in answered, as `Authorization: Bearer <token>`: that session, for its own app.',
    },
  };
}

/** R20: the app's cookie or a bearer token; `[]` for an open route. */
function security(route: Route): SecurityRequirement[] {
  if (!route.session) return [];
  const { app, optional } = route.session;
  const either: SecurityRequirement[] = [{ [COOKIE_SCHEMES[app]]: [] }, { bearerToken: [] }];
  return optional ? [...either, {}] : either;
}

type ErrorStatus = RefusalStatus | 401 | 500;

const REFUSALS: readonly RefusalStatus[] = [400, 403, 404, 409, 413, 422, 503];

const ERRORS: Record<ErrorStatus, string> = {
  400: 'Malformed input: a body, query or path parameter that is not valid (`validation_failed`, with `details.fields`), or not JSON (`malformed_json`).',
  401: 'No session for this app: sign in first; the session may also have expired or ended.',
  403: 'The signed-in user may not do this (e.g. `owner_only`, `fleet_role_forbidden`).',
  404: 'Something the request names does not exist.',
  409: 'The request conflicts with the current state (e.g. already active, a running job).',
  413: 'The file is larger than 1 MiB.',
  422: 'Well-formed but refused by the rules (e.g. a License ID where a Customer ID belongs, a reused Idempotency-Key).',
  503: 'A segment controller is offline.',
  500: 'An injected server error (the simulation’s error rate).',
};

const TAG_DESCRIPTIONS: Record<string, string> = {
  [tags.session]: 'Who is signed in to the CMS, signing in and out, and the cloud’s calendar day.',
  [tags.cms]: 'Segment controllers, their licenses and devices, and the Manage Licenses commands.',
  [tags.files]: 'Offline license files: what a file holds, and activating it.',
  [tags.notifications]: 'Maintenance expiry notifications and the e-mails the cloud sent.',
  [tags.partner]: 'A partner’s inventory, customer accounts, transfers and maintenance files.',
  [tags.customer]: 'A customer’s licenses and capacity offline files.',
  [tags.fleet]: 'A sensor fleet’s licenses: the pool, assignments, queues and renewals.',
  [tags.support]:
    'EnOcean’s license administrators: one search, RMA returns, Remote CMS licenses and maintenance files.',
  [tags.lookup]:
    'One search over every app the caller is signed in to (AU-2): each app answers what its user may see.',
};

const SIMULATION_TAG =
  "The simulation's own controls under `/api/dev/`: reset to a scenario, network faults, the " +
  "activation pace, ending the caller's session (R12), issuing a file as the portals would. " +
  'They exist only when the server runs with `--dev-routes`; a real licensing cloud has none.';

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const uri = (id: string) => `#/components/schemas/${id}`;

/** The named schema's reference, or the schema inline when it has no name. */
function schemaOf(schema: z.ZodMiniType): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  return id ? { $ref: uri(id) } : inline(schema);
}

/**
 * Every schema the contract names with `.meta({ id })`, as the wire sees it: what the parser on
 * the receiving side accepts.
 */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { io: 'input', uri });
  // An OpenAPI 3.1 document declares the dialect once; a fragment `$id` is not a valid `$id`.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
}

function inline(schema: z.core.$ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  return rest;
}

function parameters(route: Route): Operation['parameters'] {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const inPath = names.map((name): Parameter => ({
    name,
    in: 'path',
    required: true,
    schema: inline(route.params?.shape[name] ?? z.string()),
  }));
  const query = route.query ? inline(route.query) : {};
  const required = new Set(Array.isArray(query.required) ? query.required : []);
  const inQuery = Object.entries(query.properties ?? {}).map(([name, property]): Parameter => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: typeof property === 'boolean' ? {} : property,
  }));
  const all = [
    ...inPath,
    ...inQuery,
    ...(route.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
  ];
  return all.length > 0 ? all : undefined;
}

function success(response: Route['response']): Response {
  if ('csv' in response)
    return { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } };
  if ('schema' in response) return { description: 'OK', content: json(schemaOf(response.schema)) };
  return { description: 'Done; nothing to answer' };
}

/** Every status the route can answer besides its success, with the codes it answers them with. */
export function errorStatuses(route: Route): Map<ErrorStatus, string[]> {
  const statuses = new Map<ErrorStatus, string[]>();
  const add = (status: ErrorStatus, codes: readonly string[]) =>
    statuses.set(status, [...(statuses.get(status) ?? []), ...codes]);
  // Every route parses its path, query (none is a query too) and body: malformed input is 400.
  add(400, ['validation_failed']);
  if (route.body) add(400, ['malformed_json']);
  if (route.session && !route.session.optional)
    add(401, [
      route.session.app === 'partner' ||
      route.session.app === 'customer' ||
      route.session.app === 'support'
        ? `${route.session.app}_not_signed_in`
        : 'not_signed_in',
    ]);
  for (const status of REFUSALS) {
    const codes = route.errors[status];
    if (codes) add(status, codes);
  }
  // The simulated network faults apply to everything but the simulation's own controls.
  if (route.tag !== 'simulation') add(500, ['injected_fault']);
  return statuses;
}

function refusal(status: ErrorStatus, codes: string[]): { $ref: string } | Response {
  return {
    description: `${ERRORS[status]} Codes: ${codes.map((code) => `\`${code}\``).join(', ')}.`,
    content: json(schemaOf(errorBodySchema)),
  };
}

function operation(route: Route): Operation {
  const params = parameters(route);
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.role ? { description: `Requires the ${route.role} role.` } : {}),
    tags: [tags[route.tag]],
    security: security(route),
    ...(params ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: json(schemaOf(route.body)) } } : {}),
    responses: {
      [route.response.status]: success(route.response),
      ...Object.fromEntries(
        [...errorStatuses(route)]
          .sort(([a], [b]) => a - b)
          .map(([status, codes]) => [status, refusal(status, codes)]),
      ),
    },
  };
}

/** Every operation of the contract; the document itself (`OPENAPI_PATH`) is served beside them. */
function paths(): OpenApiDocument['paths'] {
  const result: OpenApiDocument['paths'] = {};
  for (const route of allRoutes) {
    result[route.path] = { ...result[route.path], [route.method]: operation(route) };
  }
  return result;
}

/** The simulated cloud's contract, generated from the schemas the client and handlers parse with. */
export function openApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
      title: 'License Console: simulated licensing cloud',
      version: '0.1.0',
      description:
        'The API the License Console talks to, as the simulated cloud (mocks/) serves it. Errors ' +
        'are `{ code, message, details? }`. Each sign-in answers a session token and sets it as ' +
        'an HttpOnly cookie of its app; the other routes act as that session (cookie or ' +
        '`Authorization: Bearer`) and answer 401 without one. Routes tagged "Simulation ' +
        'controls", and signing in as a CMS or organization user, exist only in the simulation.',
    },
    servers: [{ url: '/api', description: 'The API base, on the host that serves this document' }],
    tags: Object.entries(tags).map(([key, name]) => ({
      name,
      description: key === 'simulation' ? SIMULATION_TAG : TAG_DESCRIPTIONS[name],
    })),
    paths: paths(),
    components: {
      schemas: componentSchemas(),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description:
            'One key per user action: a retry with the same key and body is applied once.',
          schema: { type: 'string' },
        },
      },
      securitySchemes: securitySchemes(),
    },
  };
}
