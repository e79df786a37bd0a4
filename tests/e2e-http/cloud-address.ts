import settings from '../test-builds.json' with { type: 'json' };

/** The simulated cloud over HTTP for the http-cloud project: its own port, so a running dev one can stay. */
export const CLOUD_PORT = settings.cloudPort;
export const CLOUD_API = `http://127.0.0.1:${CLOUD_PORT}/api`;
