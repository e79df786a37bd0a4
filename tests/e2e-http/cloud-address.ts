/** `npm run mock-server` for the http-cloud project: its own port, so a running dev one can stay. */
export const CLOUD_PORT = 8788;
export const CLOUD_API = `http://127.0.0.1:${CLOUD_PORT}/api`;
