/**
 * A shared simulated cloud holds every tester's licenses, jobs and notes in memory: an error that
 * escapes a request must not end the process with them. It is logged, with its stack, and the
 * server goes on answering.
 */
export function keepServingAfterErrors(): void {
  process.on('uncaughtException', (error) => {
    console.error('Unexpected error; the simulated cloud keeps running:', error);
  });
  process.on('unhandledRejection', (reason) => {
    console.error('Unhandled rejection; the simulated cloud keeps running:', reason);
  });
}
