import { HttpResponse, type JsonBodyType } from 'msw';
import { CloudError } from '../cloud/errors';

/** Runs a model call and answers with its JSON, or with the cloud's typed error body. */
export async function respond(
  run: () => JsonBodyType | Promise<JsonBodyType>,
  status = 200,
): Promise<Response> {
  try {
    return HttpResponse.json(await run(), { status });
  } catch (error) {
    if (error instanceof CloudError)
      return HttpResponse.json(error.toBody(), { status: error.status });
    throw error;
  }
}
