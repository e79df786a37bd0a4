import { server } from '@mocks/node';

/** Counts the requests the app sends to one cloud path, with when each started (ms). */
export function watchRequests(method: string, path: string) {
  const started: number[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === method && new URL(request.url).pathname === `/api${path}`) {
      started.push(performance.now());
    }
  };
  server.events.on('request:start', listener);
  return {
    get count() {
      return started.length;
    },
    /** Milliseconds between one request's start and the next one's. */
    gaps: () => started.slice(1).map((time, i) => time - (started[i] ?? time)),
    stop: () => server.events.removeListener('request:start', listener),
  };
}
