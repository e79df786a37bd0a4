import { clockRoutes } from '@/api/contract/clock';
import { sessionRoutes } from '@/api/contract/session';
import { handle } from './handle';

export const sessionHandlers = [
  handle(sessionRoutes.get, ({ cloud }) => cloud.session()),
  handle(sessionRoutes.signIn, ({ cloud, body }) => cloud.signInAs(body.role), {
    cookie: { app: 'cms', on: 'sign-in' },
  }),
  handle(
    sessionRoutes.signOut,
    ({ cloud }) => {
      cloud.signOut();
      return undefined;
    },
    { cookie: { app: 'cms', on: 'sign-out' } },
  ),
  handle(clockRoutes.get, ({ cloud }) => cloud.clock()),
  handle(clockRoutes.advance, ({ cloud, body }) => cloud.advanceClock(body)),
];
