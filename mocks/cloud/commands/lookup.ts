import { lookupRoutes } from '@/api/contract/lookup';
import { command } from '../command';
import { lookup } from '../lookup';

/** AU-2: one search over every app the caller is signed in to (Ctrl+K in each of them). */
export const find = command({
  name: 'lookup.find',
  access: 'signedIn',
  run: ({ state, actor }, text: string) => lookup(state, actor, text),
  http: { route: lookupRoutes.lookup, input: ({ query }) => query.q },
});
