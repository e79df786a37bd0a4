import type { ErrorBody } from '@/api/contract/common';
import { firstUnsafe } from '@/domain/text-input';

/** A refusal by the simulated cloud; handlers turn it into `{ code, message, details }` (MC-1). */
export class CloudError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;
  readonly code: string;
  readonly details: ErrorBody['details'];

  constructor(
    status: CloudError['status'],
    code: string,
    message: string,
    details?: ErrorBody['details'],
  ) {
    super(message);
    this.name = 'CloudError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  toBody(): ErrorBody {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** Longer values are never repeated back: a message must not echo what a caller sent unbounded. */
const MAX_SHOWN_INPUT = 64;

/** A caller's value as a message may name it, or null when it is too long or not plain text. */
export function shownInput(value: string): string | null {
  return value.length <= MAX_SHOWN_INPUT && firstUnsafe(value) === null ? value : null;
}
