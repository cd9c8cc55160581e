import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flattenOrganization, OrganizationAssembler } from '../model/flat-organization.ts';
import { shanghaiCenter } from '../testing/factories.ts';
import {
  listRecent,
  MAX_RECENT,
  openDatabase,
  readLegacyFile,
  readOrganization,
  removeRecent,
  saveOrganization,
  StorageError,
  touchRecent,
  withinTime,
  type RecentEntry,
} from './org-storage.ts';

const center = shanghaiCenter();
const packed = flattenOrganization(center);

const entry = (id: string, openedAt: number, fileName = `${id}.json`): RecentEntry => ({
  id,
  fileName,
  name: center.name,
  units: packed.header.units,
  duties: packed.header.duties,
  openedAt,
});

const fresh = () => openDatabase(new IDBFactory());

afterEach(() => vi.restoreAllMocks());

describe('keeping organisations in this browser', () => {
  it('reads back what it kept, ready to assemble', async () => {
    const db = await fresh();
    await saveOrganization(db, entry('a', 1), packed);
    const stored = await readOrganization(db, 'a');
    const assembler = new OrganizationAssembler(stored!.header);
    for (const run of stored!.runs) assembler.add(run);
    expect(assembler.finish()).toEqual(center);
    expect(await readOrganization(db, 'missing')).toBeNull();
  });

  it('lists the last few, newest first, and drops the one opened longest ago', async () => {
    const db = await fresh();
    for (let i = 0; i <= MAX_RECENT; i++) await saveOrganization(db, entry(`f${i}`, i), packed);
    const recent = await listRecent(db);
    expect(recent.map((e) => e.id)).toEqual(['f5', 'f4', 'f3', 'f2', 'f1']);
    expect(await readOrganization(db, 'f0')).toBeNull();
  });

  it('keeps one copy of a file opened twice', async () => {
    const db = await fresh();
    await saveOrganization(db, entry('first', 1, 'org.json'), packed);
    await saveOrganization(db, entry('again', 2, 'org.json'), packed);
    expect((await listRecent(db)).map((e) => e.id)).toEqual(['again']);
    expect(await readOrganization(db, 'first')).toBeNull();
  });

  it('removes one when asked, and lists a reopened one first', async () => {
    const db = await fresh();
    await saveOrganization(db, entry('a', 1), packed);
    await saveOrganization(db, entry('b', 2), packed);
    await saveOrganization(db, entry('c', 3), packed);
    await removeRecent(db, 'b');
    await touchRecent(db, 'a', 10);
    expect((await listRecent(db)).map((e) => e.id)).toEqual(['a', 'c']);
    expect(await readOrganization(db, 'b')).toBeNull();
  });

  it('counts a save only when its transaction completes, not when its request succeeds', async () => {
    const db = await fresh();
    await saveOrganization(db, entry('old', 1), packed);
    // What a full quota does: every request succeeds, then the commit fails.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      const request = put.apply(this, args);
      request.addEventListener('success', () => {
        const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        Object.defineProperty(this.transaction, 'error', { value: error });
        this.transaction.abort();
      });
      return request;
    });
    const failed = saveOrganization(db, entry('new', 2), packed);
    await expect(failed).rejects.toBeInstanceOf(StorageError);
    await expect(failed).rejects.toMatchObject({ full: true });
    vi.restoreAllMocks();
    expect((await listRecent(db)).map((e) => e.id)).toEqual(['old']);
    expect(await readOrganization(db, 'new')).toBeNull();
  });

  it('says when storage is not there at all', async () => {
    const broken = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    await expect(openDatabase(broken)).rejects.toThrow('the browser refused to store it');
  });

  it('has nothing from the old single-file storage in a new browser', async () => {
    expect(await readLegacyFile(await fresh())).toBeNull();
  });
});

describe('waiting on storage', () => {
  it('gives up on storage that does not answer', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => {});
    const waiting = withinTime(never, 2_000, 'Storage');
    vi.advanceTimersByTime(2_000);
    await expect(waiting).rejects.toThrow('Storage did not answer');
    vi.useRealTimers();
  });

  it('passes on an answer in time', async () => {
    await expect(withinTime(Promise.resolve(3), 2_000, 'Storage')).resolves.toBe(3);
  });
});
