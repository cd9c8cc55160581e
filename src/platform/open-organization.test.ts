import { IDBFactory } from 'fake-indexeddb';
import type { Remote } from 'comlink';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { generateOrganization } from '../../scripts/generate-organization.mjs';
import type { Organization } from '../model/organization.ts';
import { countSearchOf } from '../search/count-search.ts';
import type { OpenProblems, OrganizationOrigin } from '../store/org-store.ts';
import { OrganizationReader } from './org-reader.ts';
import { listRecent, openDatabase } from './org-storage.ts';
import type { ReaderApi } from './org-worker.ts';
import {
  cancelOpening,
  openKept,
  openOrganization,
  useReaderForTests,
  type OpenTarget,
  type ReaderHandle,
} from './open-organization.ts';

let factory: IDBFactory;
let spawned: { reader: OrganizationReader; terminated: boolean }[];
/** Replaces a reader method, e.g. to make saving fail or reading hang. */
let tweak: (reader: OrganizationReader) => void;

/** The worker's reader on this thread, behind the same asynchronous interface. */
function inThread(): ReaderHandle {
  const reader = new OrganizationReader(() => openDatabase(factory));
  tweak(reader);
  const record = { reader, terminated: false };
  spawned.push(record);
  const api = {
    openFile: (...args: Parameters<OrganizationReader['openFile']>) => reader.openFile(...args),
    openStored: (...args: Parameters<OrganizationReader['openStored']>) =>
      reader.openStored(...args),
    save: (...args: Parameters<OrganizationReader['save']>) => reader.save(...args),
    counts: async () => reader.counts,
    count: async (...args: Parameters<OrganizationReader['count']>) => reader.count(...args),
    indexFunctions: () => reader.indexFunctions(),
  };
  return {
    api: api as unknown as Remote<ReaderApi>,
    failed: new Promise<never>(() => {}),
    terminate: () => {
      record.terminated = true;
    },
  };
}

/** Records what opening a file did to its target, in order (progress apart). */
function recorder() {
  const calls: (
    | { loaded: Organization; origin: OrganizationOrigin }
    | { notices: readonly string[] }
    | { problems: OpenProblems | null }
  )[] = [];
  const phases: string[] = [];
  const target: OpenTarget = {
    loadOrganization: (loaded, origin) => calls.push({ loaded, origin }),
    addNotices: (notices) => calls.push({ notices }),
    setOpenProblems: (problems) => calls.push({ problems }),
    setOpening: (opening) => {
      if (opening && phases.at(-1) !== opening.phase) phases.push(opening.phase);
    },
  };
  return { calls, phases, target };
}

const council = JSON.stringify({ name: 'Council', children: [{ name: 'Roads Office' }] });
/** Source-page text whose second paragraph of duties for one office is a warning, not an error. */
const withWarnings = (count: number) =>
  `Site\n\nInternal organizations of Port\n\n${Array.from(
    { length: count },
    (_, i) => `Office ${i}\n\n1. Work.\n\n2. More work.`,
  ).join('\n\n')}\n`;

const kept = async () => listRecent(await openDatabase(factory));

beforeEach(() => {
  factory = new IDBFactory();
  spawned = [];
  tweak = () => {};
  useReaderForTests(inThread, () => openDatabase(factory));
});

describe('opening a picked or dropped file', () => {
  it('loads a valid file, keeps it under Recent and has nothing more to say', async () => {
    const { calls, phases, target } = recorder();
    expect(await openOrganization(new File([council], 'council.json'), target)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      loaded: { name: 'Council' },
      origin: { kind: 'file', fileName: 'council.json' },
    });
    expect(phases).toEqual(['reading', 'checking', 'drawing']);
    const recent = await kept();
    expect(recent).toMatchObject([{ fileName: 'council.json', name: 'Council', units: 2 }]);
    expect((calls[0] as { origin: { recentId: string } }).origin.recentId).toBe(recent[0]!.id);
    // A small organisation is matched on the page: its worker is done.
    expect(spawned.map((s) => s.terminated)).toEqual([true]);
  });

  it('lists the first five warnings of a file that loads with some, naming the file', async () => {
    const { calls, target } = recorder();
    await openOrganization(new File([withWarnings(7)], 'port.txt'), target);
    expect(calls[0]).toMatchObject({ loaded: { name: 'Port' } });
    const notices = (calls[1] as { notices: string[] }).notices;
    expect(notices).toHaveLength(5);
    expect(notices[0]).toMatch(/^port\.txt, line 9: A second paragraph of duties for "Office 0"/);
  });

  it('says so, and keeps the chart, when the browser would not keep the file', async () => {
    tweak = (reader) => {
      reader.save = async () => ({
        ok: false,
        message: 'this browser’s storage is full',
        full: true,
      });
    };
    const { calls, target } = recorder();
    expect(await openOrganization(new File([council], 'council.json'), target)).toBe(true);
    expect(calls[0]).toMatchObject({ loaded: { name: 'Council' } });
    expect(calls[1]).toEqual({
      notices: [
        'council.json is open, but it could not be kept in this browser (this browser’s storage is full), so a reload will not bring it back.',
      ],
    });
  });

  it('changes nothing for a file with problems, and lists them', async () => {
    const { calls, target } = recorder();
    const file = new File(['{"name": "X", "children": [{"name": ""}]}'], 'bad.json');
    expect(await openOrganization(file, target)).toBe(false);
    expect(calls).toEqual([
      {
        problems: {
          fileName: 'bad.json',
          problems: [{ where: 'children[0].name', message: 'Name is empty.' }],
        },
      },
    ]);
    expect(await kept()).toEqual([]);
  });

  it('refuses a file over the limit at once, before any reading starts', async () => {
    const file = new File([], 'huge.json');
    Object.defineProperty(file, 'size', { value: 101 * 1024 * 1024 });
    const { calls, target } = recorder();
    expect(await openOrganization(file, target)).toBe(false);
    expect(spawned).toEqual([]);
    expect(calls).toEqual([
      {
        problems: {
          fileName: 'huge.json',
          problems: [
            {
              where: 'file',
              message: expect.stringMatching(/^The file is 101 MB .*; the limit is 100 MB/),
            },
          ],
        },
      },
    ]);
  });

  it('refuses a file of the wrong kind at once, from its first bytes', async () => {
    const pdf = new File(['%PDF-1.7\n', 'x'.repeat(10_000)], 'report.json');
    const { calls, target } = recorder();
    expect(await openOrganization(pdf, target)).toBe(false);
    expect(spawned).toEqual([]);
    expect(calls).toEqual([
      {
        problems: {
          fileName: 'report.json',
          problems: [{ where: 'file', message: expect.stringMatching(/^This is a PDF, not text/) }],
        },
      },
    ]);
  });

  it('stops when cancelled, ending the worker and changing nothing', async () => {
    tweak = (reader) => {
      reader.openFile = () => new Promise(() => {});
    };
    const { calls, target } = recorder();
    const opening = openOrganization(new File([council], 'council.json'), target);
    await vi.waitFor(() => expect(spawned).toHaveLength(1));
    cancelOpening();
    expect(await opening).toBe(false);
    expect(calls).toEqual([]);
    expect(spawned[0]!.terminated).toBe(true);
  });

  it('leaves a large organisation’s filter to its worker', async () => {
    const json = JSON.stringify(generateOrganization({ units: 1_200, seed: 3 }));
    const { calls, phases, target } = recorder();
    expect(await openOrganization(new File([json], 'big.json'), target)).toBe(true);
    expect(phases).toEqual(['reading', 'checking', 'indexing', 'drawing']);
    const organization = (calls[0] as { loaded: Organization }).loaded;
    const search = countSearchOf(organization)!;
    const counts = await search.count('p', [], 'any');
    expect(counts!.matchedDuties).toBeGreaterThan(0);
    expect(spawned[0]!.terminated).toBe(false);
  });
});

describe('reopening a kept organisation at start-up', () => {
  it('brings it back as it was opened', async () => {
    const { calls, target } = recorder();
    await openOrganization(new File([council], 'council.json'), target);
    const { loaded } = calls[0] as { loaded: Organization };
    const [entry] = await kept();
    const start = await openKept(entry!.id, 2_000, () => {});
    expect(start).toEqual({
      organization: loaded,
      origin: { kind: 'file', fileName: 'council.json', recentId: entry!.id },
    });
  });

  it('finds nothing for one removed meanwhile', async () => {
    expect(await openKept('gone', 2_000, () => {})).toBeNull();
  });

  it('gives up on storage that does not answer', async () => {
    factory = { open: () => ({}) } as unknown as IDBFactory;
    const started = Date.now();
    await expect(openKept('any', 300, () => {})).rejects.toThrow('storage did not answer');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
