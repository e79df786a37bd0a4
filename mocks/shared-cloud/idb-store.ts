import { StorageFullError } from '../cloud/cloud-saver';
import type { HostStore } from './cloud-host';

const DATABASE = 'license-console:simulated-cloud';
const STORE = 'saved-cloud';
const CURRENT = 'current';
const UNUSABLE = 'unusable';

function opened(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

function failure(error: DOMException | null): Error {
  if (error?.name === 'QuotaExceededError') return new StorageFullError(error);
  return error ?? new Error('The IndexedDB write was aborted');
}

/**
 * The browser's simulated cloud in IndexedDB (a SharedWorker has no localStorage). A write is one
 * transaction, committed durably before it resolves: if it fails — the quota is full — the
 * previous text is still there whole (R24).
 */
export async function openIndexedDbStore(): Promise<HostStore> {
  const db = await opened();
  const put = (key: string, text: string) =>
    new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(failure(transaction.error));
      try {
        transaction.objectStore(STORE).put(text, key);
      } catch (error) {
        transaction.abort();
        reject(error instanceof DOMException ? failure(error) : error);
      }
    });
  return {
    read: () =>
      new Promise((resolve, reject) => {
        const request = db.transaction(STORE).objectStore(STORE).get(CURRENT);
        request.onsuccess = () => {
          const value: unknown = request.result;
          // Anything but text was not written here: readSavedCloud refuses it with a message.
          resolve(value === undefined ? null : typeof value === 'string' ? value : String(value));
        };
        request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
      }),
    write: (text) => put(CURRENT, text),
    keepUnusable: (text) => put(UNUSABLE, text),
  };
}

/** Without IndexedDB (storage disabled) the cloud runs in memory, and the tabs say it is not kept. */
export const unavailableStore: HostStore = {
  read: async () => null,
  write: async () => {
    throw new StorageFullError();
  },
  keepUnusable: async () => undefined,
};
