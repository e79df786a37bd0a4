/** Being built for issue 5. */
export function AddLicenseView() {
  return null;
}
