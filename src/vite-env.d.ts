/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The licensing cloud's base URL; unset means the simulated cloud (MSW) in the browser. */
  readonly VITE_API_URL?: string;
  /** The simulated cloud's answer delay in the demo build (default 250 ms; the e2e build: 0). */
  readonly VITE_SIMULATED_LATENCY_MS?: string;
  /** The simulated cloud's activation time per license in the demo build (default 2,500 ms). */
  readonly VITE_SIMULATED_ACTIVATION_MS?: string;
  /** 'true' only in the bundle of `npm run mock-server` (a define, not an env variable): R20. */
  readonly CLOUD_SIGN_IN_REQUIRED?: 'true';
}
