/** Being built for issue 5. */
export function NotificationsView() {
  return null;
}
