/**
 * Dispatched on `window` when another tab changed the cloud; `src/lib/use-cloud-changes.ts`
 * listens for the same name (the app never imports mocks/).
 */
export const CLOUD_CHANGED_EVENT = 'license-console:cloud-changed';
