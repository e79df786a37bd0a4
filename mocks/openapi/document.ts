import { z } from 'zod';
import { components, type ComponentName } from './components';
import type { SessionApp } from '../cloud/state';
import { SESSION_COOKIES } from '../handlers/caller';
import { routes, tags, type ErrorStatus, type Method, type Route } from './routes';

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

export interface Operation {
  summary: string;
  tags: string[];
  security: SecurityRequirement[];
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required: true; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, Response | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string; description: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, Parameter>;
    responses: Record<string, Response>;
    securitySchemes: Record<SecuritySchemeName, SecurityScheme>;
  };
}

export const OPENAPI_PATH = '/openapi.json';

const COOKIE_SCHEMES = {
  cms: 'cmsSession',
  fleet: 'fleetSession',
  partner: 'partnerSession',
  customer: 'customerSession',
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

const ERRORS: Record<ErrorStatus | 500, string> = {
  400: 'The request is malformed or a field is not valid (`validation_failed`, with `details.fields`).',
  401: 'No session for this app: sign in first; the session may also have expired or ended.',
  403: 'The signed-in user may not do this (e.g. `owner_only`).',
  404: 'Something the request names does not exist.',
  409: 'The request conflicts with the current state (e.g. already active, a running job).',
  413: 'The file is larger than 1 MiB.',
  422: 'Understood but refused (e.g. a License ID where a Customer ID belongs, a reused Idempotency-Key).',
  503: 'A segment controller is offline.',
  500: 'An injected server error (the simulation’s error rate).',
};

const SIMULATION_TAG =
  "The simulation's own controls under `/api/dev/`: reset to a scenario, network faults, the " +
  "activation pace, ending the caller's session (R12), issuing a file as the portals would. " +
  'They exist only when the server runs with `--dev-routes`; a real licensing cloud has none.';

const schemaRef = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });

/** Every named schema, as the wire sees it: what the parser on the receiving side accepts. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // An OpenAPI 3.1 document declares the dialect once; a fragment `$id` is not a valid `$id`.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
}

function inline(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  return rest;
}

function parameters(route: Route): Operation['parameters'] {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const inPath = names.map((name): Parameter => ({
    name,
    in: 'path',
    required: true,
    schema: inline(route.params?.[name] ?? z.string()),
  }));
  const inQuery = (route.query ?? []).flatMap((object) => {
    const schema = inline(object);
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    return Object.entries(schema.properties ?? {}).map(([name, property]): Parameter => ({
      name,
      in: 'query',
      required: required.has(name),
      schema: typeof property === 'boolean' ? {} : property,
    }));
  });
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
  if ('schema' in response) return { description: 'OK', content: json(schemaRef(response.schema)) };
  return { description: 'Done; nothing to answer' };
}

function operation(route: Route): Operation {
  const errors = new Set<ErrorStatus | 500>(route.errors);
  if (route.body || route.query) errors.add(400);
  // The simulated network faults apply to everything but the simulation's own controls.
  if (route.tag !== 'simulation') errors.add(500);
  const params = parameters(route);
  return {
    summary: route.summary,
    tags: [tags[route.tag]],
    security: security(route),
    ...(params ? { parameters: params } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: json(schemaRef(route.body)) } }
      : {}),
    responses: {
      [route.response.status]: success(route.response),
      ...Object.fromEntries(
        [...errors]
          .sort((a, b) => a - b)
          .map((status) => [status, { $ref: `#/components/responses/Error${status}` }]),
      ),
    },
  };
}

function paths(): OpenApiDocument['paths'] {
  const result: OpenApiDocument['paths'] = {
    [OPENAPI_PATH]: {
      get: {
        summary: 'This document',
        tags: [tags.session],
        security: [],
        responses: { 200: { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
      },
    },
  };
  for (const route of routes) {
    result[route.path] = { ...result[route.path], [route.method]: operation(route) };
  }
  return result;
}

/** The simulated cloud's contract, generated from the schemas the client and handlers parse with. */
export function openApiDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'License Console: simulated licensing cloud',
      version: '0.1.0',
      description:
        'The API the License Console talks to, as the simulated cloud (mocks/) serves it. Errors ' +
        'are `{ code, message, details? }`. Each sign-in answers a session token and sets it as ' +
        'an HttpOnly cookie of its app; the other routes act as that session (cookie or ' +
        '`Authorization: Bearer`) and answer 401 without one. Routes tagged "Simulation ' +
        'controls", and signing in as a CMS or organisation user, exist only in the simulation.',
    },
    servers: [{ url: '/api', description: 'The API base, on the host that serves this document' }],
    tags: Object.entries(tags).map(([key, name]) =>
      key === 'simulation' ? { name, description: SIMULATION_TAG } : { name },
    ),
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
      responses: Object.fromEntries(
        Object.entries(ERRORS).map(([status, description]) => [
          `Error${status}`,
          { description, content: json(schemaRef('ErrorBody')) },
        ]),
      ),
    },
  };
}
