/**
 * Opening a user's organisation, from a picked or dropped file or from "Recent": the reading
 * worker (`org-worker.ts`) reads, checks and indexes it while the page shows its progress; the
 * page rebuilds it run by run, shows it, keeps it in this browser and, for a large organisation,
 * leaves the worker answering the filter. Nothing changes unless the organisation is valid, and
 * cancelling (which ends the worker) leaves the chart exactly as it was.
 */
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import { firstBytesProblem, FIRST_BYTES } from '../data/read-organization-file.ts';
import type { FileProblem } from '../data/problems.ts';
import {
  OrganizationAssembler,
  type FlatHeader,
  type PackedRun,
} from '../model/flat-organization.ts';
import { countDuties, indexOrganization, type Organization } from '../model/organization.ts';
import {
  hasLargeGroup,
  initialCollapsed,
  subtreeSizes,
  unitsWithChildren,
  visibleTree,
} from '../model/tree.ts';
import { functionProfile } from '../search/function-counts.ts';
import { positionsOf } from '../search/counted-match.ts';
import { buildSearchIndex } from '../search/match.ts';
import { registerCountSearch, type CountSearch } from '../search/count-search.ts';
import type { FilterCounts } from '../search/duty-index.ts';
import type { FunctionMode } from '../search/match.ts';
import type { OpeningProgress, OpenProblems, OrganizationOrigin } from '../store/org-store.ts';
import type { Toast } from '../store/notices.ts';
import { ORG_READ_MARK } from '../performance-marks.mjs';
import type { ReaderHooks, ReadOutcome } from './org-reader.ts';
import {
  forgetLegacyFile,
  listRecent,
  newEntryId,
  openDatabase,
  readLegacyFile,
  removeRecent,
  withinTime,
  type RecentEntry,
} from './org-storage.ts';
import type { ReaderApi } from './org-worker.ts';
import { rememberShown } from './shown-organization.ts';

/** Warnings listed when a file opens with some; the rest stay unread rather than flood the page. */
const MAX_WARNINGS = 5;

/** Where an opened organisation goes: the store's own actions. */
export interface OpenTarget {
  loadOrganization(organization: Organization, origin: OrganizationOrigin): void;
  addNotices(notices: readonly string[]): void;
  setOpenProblems(problems: OpenProblems | null): void;
  setOpening(opening: OpeningProgress | null): void;
  /** Says what is happening (keeping a large organisation takes a moment); optional at start-up. */
  showToast?(toast: Toast): void;
  dismissToast?(toast?: Toast): void;
}

/** A reading worker, or (in tests) a reader on this thread behind the same interface. */
export interface ReaderHandle {
  api: Remote<ReaderApi>;
  /** Rejects if the worker fails outright (out of memory, a crash). */
  failed: Promise<never>;
  terminate(): void;
}

function spawnWorker(): ReaderHandle {
  const worker = new Worker(new URL('./org-worker.ts', import.meta.url), {
    type: 'module',
    name: 'orgscope-reader',
  });
  const api = wrap<ReaderApi>(worker);
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error('The browser ran out of memory or stopped reading the file.'));
    });
  });
  // Never left unhandled: only a race reads it.
  failed.catch(() => {});
  return {
    api,
    failed,
    terminate: () => {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}

let spawn: () => ReaderHandle = spawnWorker;
let storage: () => Promise<IDBDatabase> = () => openDatabase();

/** Replaces the worker with a reader on this thread, and the browser's storage (tests). */
export function useReaderForTests(
  make: () => ReaderHandle,
  database: () => Promise<IDBDatabase>,
): void {
  spawn = make;
  storage = database;
}

/** The worker answering the filter for the organisation on screen, if it is large. */
let shownReader: ReaderHandle | null = null;
/** The opening in progress, if any. */
let pending: { handle: ReaderHandle; cancel: () => void } | null = null;

class Cancelled extends Error {}

/** Stops the opening in progress, if any; the chart stays as it was. */
export function cancelOpening(): void {
  pending?.cancel();
}

/** The organisation on screen is no longer a file's (the way back to the default was taken). */
export function releaseShownReader(): void {
  shownReader?.terminate();
  shownReader = null;
}

/**
 * The filter of a large organisation, asked of its worker. Typing faster than it answers never
 * queues up work: only the newest filter waits, older ones resolve to null.
 */
function countSearch(api: Remote<ReaderApi>): CountSearch {
  let busy = false;
  let waiting: {
    args: [string, readonly string[], FunctionMode];
    resolve: (counts: FilterCounts | null) => void;
  } | null = null;
  const pump = () => {
    if (busy || !waiting) return;
    const job = waiting;
    waiting = null;
    busy = true;
    api
      .count(...job.args)
      .then(job.resolve, () => job.resolve(null))
      .finally(() => {
        busy = false;
        pump();
      });
  };
  const functionsIndexed = api.indexFunctions();
  return {
    count(input, functionIds, mode) {
      return new Promise((resolve) => {
        waiting?.resolve(null);
        waiting = { args: [input, [...functionIds], mode], resolve };
        pump();
      });
    },
    functionsIndexed,
  };
}

/** How the page receives the organisation from the worker. */
function receiver(fileName: string, totalBytes: number | undefined, target: OpenTarget) {
  let assembler: OrganizationAssembler | null = null;
  let header: FlatHeader | null = null;
  // Messages the worker sent before it was ended can still arrive: once stopped, they are ignored.
  let stopped = false;
  const hooks: ReaderHooks = {
    progress: (phase, fraction, bytesRead) =>
      !stopped &&
      target.setOpening({
        fileName,
        phase,
        fraction,
        ...(bytesRead !== undefined && totalBytes !== undefined ? { bytesRead, totalBytes } : {}),
      }),
    storageAnswered: () => {},
    header: (given) => {
      header = given;
      assembler = new OrganizationAssembler(given);
    },
    run: (run: PackedRun) => {
      if (stopped) return;
      if (!assembler || !header) throw new Error('Units arrived before their organisation.');
      assembler.add(run);
      target.setOpening({
        fileName,
        phase: 'drawing',
        fraction: 0.8 + (0.2 * assembler.received) / header.units,
      });
    },
  };
  return {
    hooks,
    stop: () => {
      stopped = true;
    },
    finish: () => {
      if (!assembler) throw new Error('The organisation did not arrive.');
      return assembler.finish();
    },
  };
}

interface Opened {
  organization: Organization;
  outcome: Extract<ReadOutcome, { ok: true }>;
  handle: ReaderHandle;
}

/**
 * Runs one opening in a fresh worker: resolves with the organisation, or with its problems;
 * rejects with {@link Cancelled} when cancelled.
 */
async function read(
  fileName: string,
  totalBytes: number | undefined,
  target: OpenTarget,
  start: (api: Remote<ReaderApi>, hooks: ReaderHooks) => Promise<ReadOutcome | null>,
  onStorageAnswered?: () => void,
): Promise<Opened | { problems: FileProblem[] } | null> {
  pending?.cancel();
  const handle = spawn();
  const cancelled = new Promise<never>((_, reject) => {
    pending = {
      handle,
      cancel: () => {
        handle.terminate();
        reject(new Cancelled());
      },
    };
  });
  const mine = pending;
  const { hooks, finish, stop } = receiver(fileName, totalBytes, target);
  if (onStorageAnswered) hooks.storageAnswered = onStorageAnswered;
  target.setOpening({ fileName, phase: 'reading', fraction: 0 });
  try {
    const outcome = await Promise.race([start(handle.api, proxy(hooks)), handle.failed, cancelled]);
    if (!outcome || !outcome.ok) {
      handle.terminate();
      return outcome ? { problems: outcome.problems } : null;
    }
    return { organization: finish(), outcome, handle };
  } catch (error) {
    handle.terminate();
    throw error;
  } finally {
    stop();
    if (pending === mine) pending = null;
    target.setOpening(null);
  }
}

/** A task boundary: the browser may paint and handle input before what follows. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Works out, one task each, the lookups the first view of an organisation reads (each walks all
 * its units once and is kept for it), so drawing the opened chart is one short task, not one long
 * one that also walks 100,000 units several times.
 */
export async function prepareFirstView(
  organization: Organization,
  /** Whether the page filters it by itself (a small one), rather than its worker. */
  filtersHere: boolean,
): Promise<void> {
  const index = indexOrganization(organization);
  const steps = [
    () => subtreeSizes(organization.root),
    () => initialCollapsed(index),
    () => positionsOf(index),
    () => countDuties(organization),
    () => unitsWithChildren(index),
    () => hasLargeGroup(index),
    // The function bars of the cards the first view draws.
    () => {
      const stack = [visibleTree(organization.root, new Set(initialCollapsed(index)))];
      while (stack.length > 0) {
        const unit = stack.pop()!;
        const office = index.byId.get(unit.id);
        if (office && office !== organization.root) functionProfile(office);
        for (const child of unit.children) stack.push(child);
      }
    },
    // A small organisation is filtered on the page, from an index of every duty.
    () => filtersHere && buildSearchIndex(organization),
  ];
  for (const step of steps) {
    step();
    await nextTask();
  }
}

/** Shows an opened organisation; a large one keeps its worker for the filter. */
async function show(
  { organization, handle }: Opened,
  origin: Extract<OrganizationOrigin, { kind: 'file' }>,
  target: OpenTarget,
): Promise<void> {
  const counts = await handle.api.counts();
  await prepareFirstView(organization, !counts);
  if (counts) registerCountSearch(organization, countSearch(handle.api));
  target.loadOrganization(organization, origin);
  releaseShownReader();
  if (counts) shownReader = handle;
}

const problemText = (fileName: string, problems: readonly FileProblem[]) =>
  problems.slice(0, MAX_WARNINGS).map((p) => `${fileName}, ${p.where}: ${p.message}`);

/**
 * Opens a file the user picked or dropped. A file too large, empty or of the wrong kind is
 * refused at once, from its size and first bytes. Resolves whether the organisation was loaded.
 */
export async function openOrganization(file: File, target: OpenTarget): Promise<boolean> {
  const fileName = file.name;
  const refuse = (problems: FileProblem[]) => {
    target.setOpenProblems({ fileName, problems });
    return false;
  };
  try {
    const head = new Uint8Array(await file.slice(0, FIRST_BYTES).arrayBuffer());
    const problem = firstBytesProblem(file.name, file.size, head);
    if (problem) return refuse([problem]);
    performance.mark(ORG_READ_MARK);
    const opened = await read(fileName, file.size, target, (api, hooks) =>
      api.openFile(file, fileName, hooks),
    );
    if (!opened || !('organization' in opened)) return refuse(opened?.problems ?? []);
    const id = newEntryId();
    await show(opened, { kind: 'file', fileName, recentId: id }, target);
    const notes = problemText(fileName, opened.outcome.warnings);
    // Keeping a large organisation takes a moment; a reload before it is done would not bring
    // it back, so the page says when it is done.
    const large = opened.handle === shownReader;
    const keeping: Toast = {
      kind: 'busy',
      text: `Keeping ${fileName} in this browser…`,
      topic: 'keep',
    };
    if (large) target.showToast?.(keeping);
    const saved = await opened.handle.api.save({ id, fileName, openedAt: Date.now() });
    if (large) target.dismissToast?.(keeping);
    if (saved.ok) {
      rememberShown(id);
      if (large) {
        target.showToast?.({
          kind: 'done',
          text: `${fileName} is kept in this browser: a reload brings it back, and Open organisation… lists it under Recent.`,
          topic: 'keep',
        });
      }
    } else {
      notes.push(
        `${fileName} is open, but it could not be kept in this browser (${saved.message}), so a reload will not bring it back.`,
      );
    }
    if (notes.length > 0) target.addNotices(notes);
    // A small organisation is matched on the page: its worker has nothing more to do.
    if (opened.handle !== shownReader) opened.handle.terminate();
    return true;
  } catch (error) {
    if (error instanceof Cancelled) return false;
    const message = error instanceof Error ? error.message : String(error);
    return refuse([{ where: 'file', message }]);
  }
}

/** Opens an organisation kept under "Recent". Resolves whether it was loaded. */
export async function openRecent(entry: RecentEntry, target: OpenTarget): Promise<boolean> {
  try {
    const opened = await read(entry.fileName, undefined, target, (api, hooks) =>
      api.openStored(entry.id, hooks),
    );
    if (!opened || !('organization' in opened)) {
      target.addNotices([`${entry.fileName} is no longer kept in this browser.`]);
      return false;
    }
    await show(opened, { kind: 'file', fileName: entry.fileName, recentId: entry.id }, target);
    rememberShown(entry.id);
    if (opened.handle !== shownReader) opened.handle.terminate();
    return true;
  } catch (error) {
    if (error instanceof Cancelled) return false;
    const message = error instanceof Error ? error.message : String(error);
    target.addNotices([`${entry.fileName} could not be opened again: ${message}`]);
    return false;
  }
}

/** What start-up opens: the organisation this tab (or, in a new tab, the last one) showed. */
export interface StartOpened {
  organization: Organization;
  origin: OrganizationOrigin;
}

/**
 * Reopens a kept organisation at start-up. Storage that has not answered within `patience`
 * milliseconds is given up on (the caller opens the default with a notice). Resolves null when
 * the organisation is no longer kept.
 */
export async function openKept(
  id: string,
  patience: number,
  onProgress: (opening: OpeningProgress | null) => void,
): Promise<StartOpened | null> {
  let answered = false;
  let fileName = 'your organisation';
  const target: OpenTarget = {
    loadOrganization: () => {},
    addNotices: () => {},
    setOpenProblems: () => {},
    setOpening: (opening) => onProgress(opening && { ...opening, fileName }),
  };
  const timer = new Promise<never>((_, reject) =>
    setTimeout(() => {
      if (answered) return;
      cancelOpening();
      reject(new Error('storage did not answer'));
    }, patience),
  );
  timer.catch(() => {});
  // Unlike "Recent", start-up must tell storage that fails from storage that has nothing.
  const listing = storage().then((db) => listRecent(db).finally(() => db.close()));
  const entries = await Promise.race([listing, timer]);
  // Storage answers: reading a large organisation may take longer than the patience allows.
  answered = true;
  const entry = entries.find((e) => e.id === id);
  if (!entry) return null;
  fileName = entry.fileName;
  const opening = read(
    entry.fileName,
    undefined,
    target,
    (api, hooks) => api.openStored(id, hooks),
    () => {
      answered = true;
    },
  );
  const opened = await Promise.race([opening, timer]).catch((error: unknown) => {
    if (error instanceof Cancelled) throw new Error('storage did not answer');
    throw error;
  });
  if (!opened || !('organization' in opened)) return null;
  const counts = await opened.handle.api.counts();
  await prepareFirstView(opened.organization, !counts);
  if (counts) {
    registerCountSearch(opened.organization, countSearch(opened.handle.api));
    shownReader = opened.handle;
  } else opened.handle.terminate();
  return {
    organization: opened.organization,
    origin: { kind: 'file', fileName: entry.fileName, recentId: id },
  };
}

/** The organisations kept in this browser (for "Recent"), newest first; empty without storage. */
export async function listKept(): Promise<RecentEntry[]> {
  try {
    const db = await storage();
    try {
      return await listRecent(db);
    } finally {
      db.close();
    }
  } catch {
    return [];
  }
}

/** Removes a kept organisation from "Recent" (and from this browser). */
export async function forgetKept(id: string): Promise<void> {
  const db = await storage();
  try {
    await removeRecent(db, id);
  } finally {
    db.close();
  }
}

/**
 * The file an older version of the app kept (one file's bytes, read again at every start), opened
 * once more into `target`, through the worker like any file, and kept in the new form. Resolves
 * whether there was one that opened; it is forgotten either way. Storage gets `patience` ms.
 */
export async function openFromOlderVersion(patience: number, target: OpenTarget): Promise<boolean> {
  const db = await withinTime(storage(), patience, 'Storage');
  let legacy;
  try {
    legacy = await withinTime(readLegacyFile(db), patience, 'Storage');
    if (legacy) await forgetLegacyFile(db);
  } finally {
    db.close();
  }
  if (!legacy) return false;
  return openOrganization(new File([legacy.bytes as BlobPart], legacy.fileName), target);
}
