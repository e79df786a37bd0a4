/** Being built for issue 5. */
export function OutboxView() {
  return null;
}
