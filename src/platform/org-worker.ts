/**
 * The reading worker: file reading, decoding, parsing, validation, tree building and the filter's
 * index run here, off the page's thread, so the page keeps drawing while 100,000 units open.
 * Terminating it cancels whatever it was doing.
 */
import { expose, transfer } from 'comlink';
import type { FunctionMode } from '../search/match.ts';
import { OrganizationReader, type ReaderHooks } from './org-reader.ts';
import type { RecentEntry } from './org-storage.ts';

const reader = new OrganizationReader();

const api = {
  openFile: (file: Blob, fileName: string, hooks: ReaderHooks) =>
    reader.openFile(file, fileName, hooks),
  openStored: (id: string, hooks: ReaderHooks) => reader.openStored(id, hooks),
  save: (entry: Omit<RecentEntry, 'units' | 'duties' | 'name'>) => reader.save(entry),
  counts: () => reader.counts,
  count(input: string, functionIds: readonly string[], mode: FunctionMode) {
    const counts = reader.count(input, functionIds, mode);
    // Handed over rather than copied: a few hundred kilobytes per keystroke.
    return transfer(counts, [
      counts.matched.buffer,
      counts.branch.buffer,
      counts.matchedUnits.buffer,
    ]);
  },
  indexFunctions: () => reader.indexFunctions(),
};

/** What the page can ask the worker. */
export type ReaderApi = typeof api;

expose(api);
