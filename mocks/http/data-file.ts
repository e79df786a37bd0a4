import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { basename, dirname, join } from 'node:path';
import {
  CloudSaver,
  StorageFullError,
  type CloudStore,
  type SaveOutcome,
} from '../cloud/cloud-saver';
import { resetCloud } from '../cloud/instance';
import { readSavedCloud, restoreSavedCloud, serializeCloud } from '../cloud/saved-cloud';
import type { ScenarioName } from '../scenarios';

/** Bursts of requests (a table scrolled, a job polled) are written once after they end. */
const WRITE_DELAY_MS = 200;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/**
 * Writes FILE atomically: a temporary file in the same folder (so the rename stays on one file
 * system), flushed to disk, then renamed over FILE. A crash leaves the old file or the new one,
 * never half of one.
 */
function fileStore(path: string): CloudStore {
  return {
    async write(text) {
      const suffix = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      const temporary = join(dirname(path), `.${basename(path)}.${suffix}`);
      try {
        const handle = await open(temporary, 'w');
        try {
          await handle.writeFile(text, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        const code = errorCode(error);
        if (code === 'ENOSPC' || code === 'EDQUOT') throw new StorageFullError(error);
        throw error;
      }
    },
  };
}

export interface DataFile {
  saver: CloudSaver;
  /** What the server continues from, for its start-up line. */
  summary: string;
}

/**
 * `--data FILE` (R23): continues the cloud kept in FILE, or starts `scenario` when there is no
 * FILE yet. A file that is not a saved cloud of a version this server reads is refused before
 * anything is loaded: the error says why, and the file is left as it was.
 */
export async function loadDataFile(path: string, scenario: ScenarioName): Promise<DataFile> {
  let text: string | null = null;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      throw new Error(`Cannot read the data file ${path}: ${String(error)}`, { cause: error });
    }
  }
  const onOutcome = (outcome: SaveOutcome) => {
    if (outcome === 'storage-full') {
      console.error(`No room left to write ${path}: it keeps the last state written.`);
    }
  };
  const saver = new CloudSaver(fileStore(path), serializeCloud, {
    lastSaved: text,
    delayMs: WRITE_DELAY_MS,
    onOutcome,
  });
  let summary = `scenario ${scenario}, new data file ${path}`;
  if (text === null) {
    resetCloud(scenario);
  } else {
    const read = readSavedCloud(text);
    if (!read.ok) {
      throw new Error(
        `The data file ${path} cannot be loaded, so the simulated cloud did not start: ${read.message} ` +
          'Move the file away (or choose another --data file) to start afresh.',
      );
    }
    restoreSavedCloud(read.saved);
    const migrated =
      read.fromVersion === read.saved.version ? '' : `, migrated from version ${read.fromVersion}`;
    summary = `scenario ${read.saved.scenario}, continued from ${path}${migrated}`;
  }
  // Written at once (a new file, a migrated one): a file that cannot be written stops the start.
  try {
    await saver.save();
  } catch (error) {
    throw new Error(`Cannot write the data file ${path}: ${String(error)}`, { cause: error });
  }
  return { saver, summary };
}

/** Every answered request may have changed the cloud: write it once the burst is over. */
export function saveAfterRequests(server: Server, saver: CloudSaver): void {
  server.on('request', (_request, response) => {
    response.once('close', () => saver.saveSoon());
  });
}

/** Stops answering, then writes what is not written yet (SIGINT, SIGTERM). */
export async function closeAndSave(server: Server, saver: CloudSaver): Promise<void> {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await closed;
  await saver.save();
}
