/**
 * The organisations a user opened, kept in this browser (IndexedDB; nothing is uploaded): the last
 * few, listed under "Recent", each stored already read and packed (see `flat-organization.ts`), so
 * 100,000 units reopen without being parsed and validated again. Runs in the page and in the
 * reading worker, which does the big reads and writes so the page never copies them.
 *
 * A write counts only once its transaction has completed: a request's success can still be
 * followed by an abort (a full quota is reported at commit), and then nothing was stored.
 */
import type { FlatHeader, PackedRun } from '../model/flat-organization.ts';

const DB_NAME = 'orgscope';
const DB_VERSION = 2;
/** Version 1 kept one file's bytes under `current`: read once, then moved to the new stores. */
const LEGACY_STORE = 'organization';
const LEGACY_KEY = 'current';
const RECENT_STORE = 'recent';
const PACKED_STORE = 'packed';

/** How many organisations "Recent" keeps; opening one more drops the one opened longest ago. */
export const MAX_RECENT = 5;

/** What "Recent" lists about a kept organisation (its units are stored apart). */
export interface RecentEntry {
  id: string;
  fileName: string;
  name: string;
  units: number;
  duties: number;
  /** When it was last opened, in milliseconds since 1970. */
  openedAt: number;
}

/** A kept organisation's units, as they were packed. */
export interface StoredOrganization {
  header: FlatHeader;
  runs: PackedRun[];
}

/** Why storing failed, in words a user can act on. */
export class StorageError extends Error {
  constructor(
    message: string,
    /** True when the browser's storage is full. */
    readonly full: boolean,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function storageError(error: DOMException | Error | null): StorageError {
  if (error?.name === 'QuotaExceededError') {
    return new StorageError('this browser’s storage for the site is full', true);
  }
  return new StorageError(
    error?.message
      ? `the browser refused to store it (${error.message})`
      : 'storage is not available',
    false,
  );
}

/** Opens (creating or upgrading) the database. */
export function openDatabase(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(storageError(error as Error));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(LEGACY_STORE)) db.createObjectStore(LEGACY_STORE);
      if (!db.objectStoreNames.contains(RECENT_STORE)) {
        db.createObjectStore(RECENT_STORE, { keyPath: 'id' });
      }
      if (!db.objectStoreNames.contains(PACKED_STORE)) db.createObjectStore(PACKED_STORE);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading later must not wait on this one.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(storageError(request.error));
    request.onblocked = () => reject(new StorageError('another tab holds an older version', false));
  });
}

/** Runs `work` in one transaction; resolves with its result once the transaction has completed. */
function transact<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => () => T,
): Promise<T> {
  return new Promise((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      reject(storageError(error as Error));
      return;
    }
    let result: () => T;
    try {
      result = work(tx);
    } catch (error) {
      tx.abort();
      reject(storageError(error as Error));
      return;
    }
    tx.oncomplete = () => resolve(result());
    tx.onabort = () => reject(storageError(tx.error));
    tx.onerror = (event) => {
      // Reported by onabort, which always follows.
      event.preventDefault();
    };
  });
}

function read<T>(request: IDBRequest<T>): () => T {
  let value: T | undefined;
  request.onsuccess = () => {
    value = request.result;
  };
  return () => value as T;
}

const isEntry = (value: unknown): value is RecentEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as RecentEntry).id === 'string' &&
  typeof (value as RecentEntry).fileName === 'string' &&
  typeof (value as RecentEntry).openedAt === 'number';

/** The kept organisations, the one opened most recently first. */
export async function listRecent(db: IDBDatabase): Promise<RecentEntry[]> {
  const all = await transact(db, [RECENT_STORE], 'readonly', (tx) =>
    read(tx.objectStore(RECENT_STORE).getAll()),
  );
  return (all as unknown[]).filter(isEntry).sort((a, b) => b.openedAt - a.openedAt);
}

/** A new id for a kept organisation. */
export function newEntryId(now = Date.now()): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Keeps an organisation under `entry.id`, together with its "Recent" entry, in one transaction.
 * The same file opened again (same name and size) replaces its older copy; beyond
 * {@link MAX_RECENT}, the ones opened longest ago are dropped. Rejects with a
 * {@link StorageError} when nothing was stored.
 */
export async function saveOrganization(
  db: IDBDatabase,
  entry: RecentEntry,
  organization: StoredOrganization,
): Promise<void> {
  const existing = await listRecent(db);
  const same = (other: RecentEntry) =>
    other.id !== entry.id &&
    other.fileName === entry.fileName &&
    other.name === entry.name &&
    other.units === entry.units &&
    other.duties === entry.duties;
  const others = existing.filter((other) => other.id !== entry.id && !same(other));
  const dropped = [...existing.filter(same), ...others.slice(MAX_RECENT - 1)];
  await transact(db, [RECENT_STORE, PACKED_STORE], 'readwrite', (tx) => {
    const packed = tx.objectStore(PACKED_STORE);
    const recent = tx.objectStore(RECENT_STORE);
    packed.put(organization, entry.id);
    recent.put(entry);
    for (const old of dropped) {
      packed.delete(old.id);
      recent.delete(old.id);
    }
    return () => undefined;
  });
}

/** A kept organisation's units, or null when it is no longer kept. */
export async function readOrganization(
  db: IDBDatabase,
  id: string,
): Promise<StoredOrganization | null> {
  const value: unknown = await transact(db, [PACKED_STORE], 'readonly', (tx) =>
    read(tx.objectStore(PACKED_STORE).get(id)),
  );
  if (typeof value !== 'object' || value === null) return null;
  const { header, runs } = value as Partial<StoredOrganization>;
  if (typeof header?.name !== 'string' || !Array.isArray(runs)) return null;
  return { header, runs };
}

/** Marks a kept organisation as opened now, so "Recent" lists it first. */
export async function touchRecent(db: IDBDatabase, id: string, now = Date.now()): Promise<void> {
  await transact(db, [RECENT_STORE], 'readwrite', (tx) => {
    const store = tx.objectStore(RECENT_STORE);
    const request = store.get(id);
    request.onsuccess = () => {
      if (isEntry(request.result)) store.put({ ...request.result, openedAt: now });
    };
    return () => undefined;
  });
}

/** Forgets a kept organisation. */
export async function removeRecent(db: IDBDatabase, id: string): Promise<void> {
  await transact(db, [RECENT_STORE, PACKED_STORE], 'readwrite', (tx) => {
    tx.objectStore(RECENT_STORE).delete(id);
    tx.objectStore(PACKED_STORE).delete(id);
    return () => undefined;
  });
}

/** The file kept by version 1, if any: its name and bytes, to read once more and keep anew. */
export async function readLegacyFile(
  db: IDBDatabase,
): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const value: unknown = await transact(db, [LEGACY_STORE], 'readonly', (tx) =>
    read(tx.objectStore(LEGACY_STORE).get(LEGACY_KEY)),
  );
  if (typeof value !== 'object' || value === null) return null;
  const { fileName, bytes } = value as { fileName?: unknown; bytes?: unknown };
  return typeof fileName === 'string' && bytes instanceof Uint8Array ? { fileName, bytes } : null;
}

/** Forgets version 1's file, once it is kept in the new form (or could not be read). */
export async function forgetLegacyFile(db: IDBDatabase): Promise<void> {
  await transact(db, [LEGACY_STORE], 'readwrite', (tx) => {
    tx.objectStore(LEGACY_STORE).delete(LEGACY_KEY);
    return () => undefined;
  });
}

/**
 * Settles like `promise`, or rejects after `ms` milliseconds: storage that never answers (a
 * browser bug, a locked profile) must not hold the page.
 */
export function withinTime<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageError(`${what} did not answer`, false)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
