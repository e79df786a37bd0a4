import { command } from '../command';
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
    touches: (state, _request, _answer, file: ParsedFile) =>
      Object.fromEntries(
        file.payload.licenses.map(({ licenseId }) => [
          licenseId,
          state.licenses.find((l) => l.id === licenseId),
        ]),
      ),
  },
});
