import { z } from 'zod/mini';
import { idSchema, sessionTokenSchema } from './common';
import { route } from './route';

/** CMS user types (SS-1): only the Owner may manage licenses. */
export const cmsRoleSchema = z.enum(['Owner', 'Admin', 'Supervisor', 'User']);
export type CmsRole = z.infer<typeof cmsRoleSchema>;

const sessionSchema = z
  .object({
    user: z.object({
      id: idSchema,
      name: z.string(),
      email: z.email(),
      role: cmsRoleSchema,
    }),
  })
  .register(z.globalRegistry, { id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;

const signInBodySchema = z
  .object({ role: cmsRoleSchema })
  .register(z.globalRegistry, { id: 'SignInBody' });

export const signedInSessionSchema = z
  .extend(sessionSchema, sessionTokenSchema.shape)
  .register(z.globalRegistry, { id: 'SignedInSession' });
export type SignedInSession = z.infer<typeof signedInSessionSchema>;

export const sessionRoutes = {
  get: route({
    operationId: 'getSession',
    method: 'get',
    path: '/session',
    summary: 'The signed-in CMS user',
    tag: 'session',
    session: { app: 'cms' },
    response: { status: 200, schema: sessionSchema },
    errors: {},
  }),
  signIn: route({
    operationId: 'signIn',
    method: 'post',
    path: '/session',
    summary: 'Sign in as the first CMS user of a type (simulation)',
    tag: 'session',
    body: signInBodySchema,
    response: { status: 200, schema: signedInSessionSchema },
    errors: { 404: ['user_not_found'] },
  }),
  signOut: route({
    operationId: 'signOut',
    method: 'delete',
    path: '/session',
    summary: 'Sign out of the CMS (the session ends, its cookie is cleared)',
    tag: 'session',
    session: { app: 'cms', optional: true },
    response: { status: 204 },
    errors: {},
  }),
};
