import { z } from 'zod/mini';
import {
  FILE_TOO_LARGE_MESSAGE,
  licenseFileRoutes,
  MAX_LICENSE_FILE_BYTES,
} from '@/api/contract/license-files';
import { command } from '../command';
import { CloudError } from '../errors';
import { CUSTOMER_SUCCESS } from '../license-holder';
import {
  applyOfflineFile,
  issueOfflineFile,
  previewOfflineFile,
  readOfflineFile,
  type ParsedFile,
} from '../license-files';

/*
 * Offline license files (SS-50, SS-51, CS-4). Issuing a file changes no record (each file is
 * usable once, when it is activated), so only activating one is audited.
 */

const fileTextSchema = z.object({ text: z.string() });

/** SS-51: a file over 1 MiB is 413 with the file's message, before the body's limits say 400. */
async function refuseLargeFile(request: Request): Promise<void> {
  const body = fileTextSchema.safeParse(
    await request
      .clone()
      .json()
      .catch(() => null),
  );
  if (body.success && new TextEncoder().encode(body.data.text).length > MAX_LICENSE_FILE_BYTES)
    throw new CloudError(413, 'file_too_large', FILE_TOO_LARGE_MESSAGE);
}

type FileRequest = Parameters<typeof issueOfflineFile>[1];

/** CS-4, as Customer Success: only licenses a customer holds (R21); the portals have their own. */
export const issueFile = command({
  name: 'files.issueOfflineFile',
  access: 'public',
  run: ({ state }, request: FileRequest) => issueOfflineFile(state, request, CUSTOMER_SUCCESS),
});

export const previewFile = command({
  name: 'files.previewOfflineFile',
  access: 'owner',
  run: ({ state }, input: { text: string; segmentControllerId: string | null }) =>
    previewOfflineFile(state, input.text, input.segmentControllerId),
  http: { route: licenseFileRoutes.preview, input: ({ body }) => body, screen: refuseLargeFile },
});

/** SS-50: the file is verified first; a replayed key then gets the first answer (R7). */
export const activateFile = command({
  name: 'files.activateOfflineFile',
  access: 'owner',
  prepare: (request: { text: string; segmentControllerId: string }) =>
    readOfflineFile(request.text),
  run: ({ state }, request, file: ParsedFile) =>
    applyOfflineFile(state, file, request.segmentControllerId),
  write: {
    idempotency: {
      route: 'offline-file',
      fingerprint: (request, file: ParsedFile) => ({
        fileId: file.payload.fileId,
        target: request.segmentControllerId,
      }),
    },
    touches: (state, _request, _answer, file?: ParsedFile) =>
      Object.fromEntries(
        (file?.payload.licenses ?? []).map(({ licenseId }) => [
          licenseId,
          state.licenses.find((l) => l.id === licenseId),
        ]),
      ),
  },
  http: { route: licenseFileRoutes.activate, input: ({ body }) => body, screen: refuseLargeFile },
});
