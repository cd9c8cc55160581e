/**
 * Keeps the file a user opened in this browser (IndexedDB: nothing is uploaded anywhere), so the
 * organisation survives a reload. Every failure here is survivable: the app then simply starts
 * from the default organisation.
 */
import { markStoredFile } from './stored-marker.ts';

const DB_NAME = 'orgscope';
const STORE = 'organization';
const KEY = 'current';

export interface StoredFile {
  fileName: string;
  bytes: Uint8Array;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB is unavailable'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>) {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

/** The file opened last, or null when there is none (or storage is unavailable). */
export async function readStoredFile(): Promise<StoredFile | null> {
  try {
    const value: unknown = await run('readonly', (store) => store.get(KEY));
    if (typeof value !== 'object' || value === null) return null;
    const { fileName, bytes } = value as Partial<StoredFile>;
    if (typeof fileName !== 'string' || !(bytes instanceof Uint8Array)) return null;
    return { fileName, bytes };
  } catch {
    return null;
  }
}

/** Remembers a file; resolves false when the browser would not store it. */
export async function storeFile(file: StoredFile): Promise<boolean> {
  try {
    await run('readwrite', (store) => store.put(file, KEY));
    markStoredFile(true);
    return true;
  } catch {
    return false;
  }
}

export async function forgetStoredFile(): Promise<void> {
  try {
    markStoredFile(false);
    await run('readwrite', (store) => store.delete(KEY));
  } catch {
    // Nothing stored, or no storage: either way nothing will be restored.
  }
}
