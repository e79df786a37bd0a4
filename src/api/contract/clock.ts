import { z } from 'zod/mini';
import { isoDateSchema } from './common';
import { route } from './route';

/** The cloud's (simulated) calendar day: every expiry and status is judged against it (MC-2; requirements, Conventions). */
const clockSchema = z
  .object({ today: isoDateSchema, timeZone: z.string() })
  .register(z.globalRegistry, { id: 'Clock' });
export type Clock = z.infer<typeof clockSchema>;

/** MC-2: move the simulated clock forward by whole days, or to a later date. */
const advanceClockBodySchema = z
  .union([
    z.object({ days: z.int().check(z.gte(1), z.lte(3_660)) }),
    z.object({ to: isoDateSchema }),
  ])
  .register(z.globalRegistry, { id: 'AdvanceClockBody' });
export type AdvanceClockBody = z.infer<typeof advanceClockBodySchema>;

export const clockRoutes = {
  get: route({
    operationId: 'getClock',
    method: 'get',
    path: '/clock',
    summary: "The cloud's calendar day",
    tag: 'session',
    response: { status: 200, schema: clockSchema },
    errors: {},
  }),
  advance: route({
    operationId: 'advanceClock',
    method: 'post',
    path: '/clock/advance',
    summary: 'Move the simulated clock forward; every day in between runs in order',
    tag: 'session',
    session: { app: 'cms' },
    body: advanceClockBodySchema,
    response: { status: 200, schema: clockSchema },
    errors: { 422: ['clock_too_far'] },
  }),
};
