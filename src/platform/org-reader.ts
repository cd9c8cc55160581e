/**
 * What the reading worker does (see `org-worker.ts`, which only exposes it): reads a user's file
 * or a kept organisation, validates it with the input-format table's readers, builds the filter's
 * index, hands the page the organisation in packed runs, keeps it in this browser and answers
 * filters over it. Plain async code, so tests run it without a worker.
 */
import type { FileProblem } from '../data/problems.ts';
import {
  flattenOrganization,
  OrganizationAssembler,
  type FlatHeader,
  type PackedRun,
} from '../model/flat-organization.ts';
import type { Organization } from '../model/organization.ts';
import {
  buildDutyIndex,
  countMatches,
  indexFunctionsStepwise,
  prepareNextLetter,
  type DutyIndex,
  type FilterCounts,
} from '../search/duty-index.ts';
import type { FunctionMode } from '../search/match.ts';
import {
  openDatabase,
  readOrganization,
  saveOrganization,
  StorageError,
  touchRecent,
  type RecentEntry,
} from './org-storage.ts';

/** What opening is doing, in the order it happens. */
export type OpenPhase = 'reading' | 'checking' | 'indexing' | 'drawing';

/** How the worker tells the page how far it has got and hands over the organisation. */
export interface ReaderHooks {
  /** `fraction` is how far the whole opening has got, from 0 to 1. */
  progress(phase: OpenPhase, fraction: number, bytesRead?: number): void;
  /** The kept organisation answered: storage works (start-up stops waiting on it). */
  storageAnswered?(): void;
  header(header: FlatHeader): void;
  /** Each run arrives as its own message, so the page takes one run per task. */
  run(run: PackedRun): Promise<void> | void;
}

export type ReadOutcome =
  | { ok: true; warnings: FileProblem[]; units: number; duties: number }
  | { ok: false; problems: FileProblem[] };

export type SaveOutcome = { ok: true } | { ok: false; message: string; full: boolean };

/** Where each phase's share of the progress bar starts. */
const PHASE_START: Record<OpenPhase, number> = {
  reading: 0,
  checking: 0.3,
  indexing: 0.6,
  drawing: 0.8,
};
const at = (phase: OpenPhase, fraction: number, next: number) =>
  PHASE_START[phase] + (next - PHASE_START[phase]) * fraction;

/** A worker's synchronous file reader (not in the page's type library). */
interface SyncReader {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
}

/** Bytes read per step: large enough to read quickly, small enough for a smooth progress bar. */
const READ_STEP = 4 * 1024 * 1024;

/**
 * From this many duties the page asks the worker to filter; below, it matches by itself. Counting
 * every function for the chips takes the page about 20 µs a duty on a slow machine, so from a
 * thousand duties that would be a task the page should not run.
 */
export const COUNT_IN_WORKER_FROM_DUTIES = 1_000;

export class OrganizationReader {
  private organization: Organization | null = null;
  private packed: { header: FlatHeader; runs: PackedRun[] } | null = null;
  private index: DutyIndex | null = null;
  private functions: Promise<void> | null = null;

  constructor(private readonly storage: () => Promise<IDBDatabase> = () => openDatabase()) {}

  /** Reads, checks and indexes a file, then hands it over run by run. */
  async openFile(file: Blob, fileName: string, hooks: ReaderHooks): Promise<ReadOutcome> {
    // Checked again here, whatever the page did: the reader is the boundary.
    const { readOrganizationFile } = await import('../data/read-organization-file.ts');
    const bytes = new Uint8Array(file.size);
    // A worker can read synchronously, which is several times faster than awaiting each piece.
    const Sync = (globalThis as { FileReaderSync?: new () => SyncReader }).FileReaderSync;
    const sync = Sync ? new Sync() : null;
    for (let offset = 0; offset < file.size; offset += READ_STEP) {
      const end = Math.min(file.size, offset + READ_STEP);
      const piece = file.slice(offset, end);
      bytes.set(
        new Uint8Array(sync ? sync.readAsArrayBuffer(piece) : await piece.arrayBuffer()),
        offset,
      );
      hooks.progress('reading', at('reading', end / file.size, PHASE_START.checking), end);
    }
    hooks.progress('checking', PHASE_START.checking);
    const result = await readOrganizationFile(fileName, bytes);
    if (!result.organization) return { ok: false, problems: result.problems };
    await this.handOver(result.organization, hooks);
    return { ok: true, warnings: result.problems, ...this.size() };
  }

  /** Reopens a kept organisation; null when it is no longer kept. */
  async openStored(id: string, hooks: ReaderHooks): Promise<ReadOutcome | null> {
    hooks.progress('reading', 0);
    const db = await this.storage();
    let stored;
    try {
      stored = await readOrganization(db, id);
      hooks.storageAnswered?.();
      if (!stored) return null;
      await touchRecent(db, id).catch(() => {});
    } finally {
      db.close();
    }
    hooks.progress('checking', PHASE_START.checking);
    const assembler = new OrganizationAssembler(stored.header);
    for (const run of stored.runs) assembler.add(run);
    await this.handOver(assembler.finish(), hooks, stored);
    return { ok: true, warnings: [], ...this.size() };
  }

  private size() {
    const { units, duties } = this.packed!.header;
    return { units, duties };
  }

  private async handOver(
    organization: Organization,
    hooks: ReaderHooks,
    packed = flattenOrganization(organization),
  ): Promise<void> {
    this.organization = organization;
    this.packed = packed;
    if (packed.header.duties >= COUNT_IN_WORKER_FROM_DUTIES) {
      hooks.progress('indexing', PHASE_START.indexing);
      this.index = buildDutyIndex(organization, (fraction) =>
        hooks.progress('indexing', at('indexing', fraction, PHASE_START.drawing)),
      );
    }
    hooks.header(packed.header);
    // Sent all at once, so the page rebuilds one run per task without waiting for the next (the
    // page reports the drawing's progress as runs arrive).
    hooks.progress('drawing', PHASE_START.drawing);
    await Promise.all(packed.runs.map((run) => hooks.run(run)));
  }

  /** Keeps the organisation just opened under `entry.id`; says why when the browser would not. */
  async save(entry: Omit<RecentEntry, 'units' | 'duties' | 'name'>): Promise<SaveOutcome> {
    if (!this.packed) return { ok: false, message: 'nothing is open', full: false };
    const { header } = this.packed;
    try {
      const db = await this.storage();
      try {
        await saveOrganization(
          db,
          { ...entry, name: header.name, units: header.units, duties: header.duties },
          this.packed,
        );
      } finally {
        db.close();
      }
      return { ok: true };
    } catch (error) {
      const failure =
        error instanceof StorageError ? error : new StorageError(String(error), false);
      return { ok: false, message: failure.message, full: failure.full };
    }
  }

  /** Whether the page should ask this reader to filter (a large organisation) or match itself. */
  get counts(): boolean {
    return this.index !== null;
  }

  /** What a filter matches over the whole organisation. */
  count(input: string, functionIds: readonly string[], mode: FunctionMode): FilterCounts {
    const index = this.index;
    if (!index) throw new Error('No organisation is indexed.');
    const counts = countMatches(index, input, functionIds, mode);
    // Once this answer is on its way, ready the next letter's word starts.
    setTimeout(() => prepareNextLetter(index, input), 0);
    return counts;
  }

  /**
   * Indexes the functions (for the chips' counts) in small steps, answering filters in between;
   * resolves once all are indexed.
   */
  indexFunctions(): Promise<void> {
    const index = this.index;
    if (!index) return Promise.resolve();
    this.functions ??= (async () => {
      const steps = indexFunctionsStepwise(index);
      while (!steps.next().done) {
        // A macrotask between steps lets a waiting filter request in.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    })();
    return this.functions;
  }

  /** The organisation this reader holds, for tests. */
  get current(): Organization | null {
    return this.organization;
  }
}
