import type { HttpHandler } from 'msw';
import type { Route } from '@/api/contract/route';
import type { DeclaredCommand, HttpBinding } from '../cloud/command';
import { ALL_COMMANDS } from '../cloud/commands';
import { serveRoute } from './handle';

function commandHandler(command: DeclaredCommand, http: HttpBinding<Route, unknown>): HttpHandler {
  return serveRoute(
    http.route,
    ({ cloud, params, query, body, idempotencyKey }) =>
      cloud.run(command, http.input({ params, query, body }), idempotencyKey),
    { cookie: http.cookie, screen: http.screen },
  );
}

const pathParameters = (route: Route) => route.path.split('{').length - 1;

/**
 * Every route the cloud answers with a command (each command names its route). MSW takes the
 * first match, so fixed paths go before parameters: `/fleet/sensors/export` before `/{serial}`.
 */
export const commandHandlers: HttpHandler[] = ALL_COMMANDS.flatMap((command) =>
  command.http
    ? [{ route: command.http.route, handler: commandHandler(command, command.http) }]
    : [],
)
  .sort((a, b) => pathParameters(a.route) - pathParameters(b.route))
  .map(({ handler }) => handler);
