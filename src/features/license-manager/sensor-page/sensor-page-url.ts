/*
 * LM-14: a sensor's page is `/fleet/sensors/SERIAL`, carrying the fleet table's query (search,
 * filters, order) so Back returns to the same table; the open drawer (`sensor`) is left out.
 */

function fleetSearch(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('sensor');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The page of a sensor, from the fleet table at `search` (`status=expired&sensor=282C00`). */
export function sensorPageHref(serial: string, search: string): string {
  return `/fleet/sensors/${encodeURIComponent(serial)}${fleetSearch(search)}`;
}

/** Back to the fleet table the page was opened from. */
export function fleetHref(search: string): string {
  return `/fleet${fleetSearch(search)}`;
}
