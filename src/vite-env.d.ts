/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The licensing cloud's base URL; unset means the simulated cloud (MSW) in the browser. */
  readonly VITE_API_URL?: string;
}
