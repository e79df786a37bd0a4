import type { z } from 'zod/mini';
import { CloudError } from '../cloud/errors';

/** Parses a JSON body with the client's own schema: a malformed request fails as on a real server. */
export async function readBody<Schema extends z.ZodMiniType>(
  request: Request,
  schema: Schema,
): Promise<z.output<Schema>> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new CloudError(400, 'malformed_json', 'The request body is not valid JSON.');
  }
  return readParams(json, schema);
}

/** Validates a body or query parameters with the client's schema: 400 with a message per field. */
export function readParams<Schema extends z.ZodMiniType>(
  input: unknown,
  schema: Schema,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join('.') || 'body', issue.message]),
    );
    const first = parsed.error.issues[0]?.message ?? 'The request is not valid.';
    throw new CloudError(400, 'validation_failed', first, { fields });
  }
  return parsed.data;
}
