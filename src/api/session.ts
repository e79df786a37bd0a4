import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './client';
import { idSchema } from './schemas';

/** CMS user types (SS-1): only the Owner may manage licences. */
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
