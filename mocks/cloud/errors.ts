import type { ErrorBody } from '@/api/errors';

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
