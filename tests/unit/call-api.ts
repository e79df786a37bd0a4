import { inspect } from '@tests/builders';

/** One HTTP request to the simulated cloud, as any client would send it. */
export interface ApiCall {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** After `/api`, e.g. `/cms/license-transfers`. */
  path: string;
  body?: unknown;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** Real `fetch` through the MSW handlers: parsing, the model's rules and its error mapping. */
export async function callApi(
  { method, path, body }: ApiCall,
  headers: Record<string, string> = {},
): Promise<ApiAnswer> {
  const response = await fetch(`${window.location.origin}/api${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  const json: unknown =
    text === '' || !response.headers.get('Content-Type')?.includes('json')
      ? text
      : JSON.parse(text);
  return { status: response.status, body: json };
}

/** Everything the cloud holds except its record of replayable answers. */
export function cloudSnapshot() {
  const { idempotency: _answers, ...state } = inspect();
  return state;
}
