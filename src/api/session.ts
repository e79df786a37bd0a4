import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { idSchema, sessionTokenSchema } from './schemas';

/** CMS user types (SS-1): only the Owner may manage licenses. */
export const cmsRoleSchema = z.enum(['Owner', 'Admin', 'Supervisor', 'User']);
export type CmsRole = z.infer<typeof cmsRoleSchema>;

export const sessionSchema = z.object({
  user: z.object({
    id: idSchema,
    name: z.string(),
    email: z.email(),
    role: cmsRoleSchema,
  }),
});
export type Session = z.infer<typeof sessionSchema>;

export const signInBodySchema = z.object({ role: cmsRoleSchema });

export const signedInSessionSchema = sessionSchema.extend(sessionTokenSchema.shape);
export type SignedInSession = z.infer<typeof signedInSessionSchema>;

export function getSession(signal?: AbortSignal): Promise<Session> {
  return apiRequest('/session', { schema: sessionSchema, signal });
}

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'],
      queryFn: ({ signal }) => getSession(signal),
      staleTime: 5 * 60_000,
    }),
};

/** Simulated sign-in as another CMS user type (the simulated cloud only). */
export function signInAs(role: CmsRole) {
  return apiRequest('/session', { method: 'POST', body: { role }, schema: sessionSchema });
}

/** Another user sees other things: everything cached for the previous one is dropped. */
export function useSignInAs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInAs,
    onSuccess: () => queryClient.resetQueries(),
  });
}
