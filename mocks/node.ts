import { setupServer } from 'msw/node';
import { forgetCloudOf, rememberCloudOf } from './cloud/instance';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

// Test files share one realm and reset the cloud before each case: a request is answered by the
// cloud of the case that sent it (instance.ts).
server.events.on('request:start', ({ requestId }) => rememberCloudOf(requestId));
server.events.on('request:end', ({ requestId }) => forgetCloudOf(requestId));
