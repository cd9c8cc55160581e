import type { FileProblem } from '../data/problems.ts';
import type { Organization } from '../model/organization.ts';
import type { OpenProblems, OrganizationOrigin } from '../store/org-store.ts';
import { forgetStoredFile, storeFile, type StoredFile } from './stored-organization.ts';
import { ORG_READ_MARK } from '../performance-marks.mjs';

/** Warnings listed when a file opens with some; the rest stay unread rather than flood the page. */
const MAX_WARNINGS = 5;

/**
 * Where an opened file goes: the store's own actions, or what start-up collects before the store
 * exists.
 */
export interface OpenTarget {
  loadOrganization(organization: Organization, origin: OrganizationOrigin): void;
  addNotices(notices: readonly string[]): void;
  setOpenProblems(problems: OpenProblems | null): void;
}

/**
 * A file to open: one the user just picked or dropped, or the one remembered from last time,
 * restored at start-up.
 */
export type FileToOpen = { picked: File } | { stored: StoredFile };

/**
 * Opens a user's organisation: reads and validates the file, remembers it in this browser,
 * loads it into `target` and says what the user should know. Nothing changes unless the file is
 * valid: a picked file's problems are listed and the chart stays; a remembered file that no
 * longer reads is forgotten, with a notice. The reader (and its schema library) loads only when a
 * file is opened. Resolves whether the organisation was loaded.
 */
export async function openOrganization(file: FileToOpen, target: OpenTarget): Promise<boolean> {
  const fileName = 'picked' in file ? file.picked.name : file.stored.fileName;
  try {
    const { readOrganizationFile, sizeProblem } = await import('../data/read-organization-file.ts');
    let bytes: Uint8Array;
    if ('picked' in file) {
      // Refused before reading, so a huge file never fills memory.
      const tooLarge = sizeProblem(file.picked.size);
      if (tooLarge) return refuse(file, [tooLarge], target);
      bytes = new Uint8Array(await file.picked.arrayBuffer());
      performance.mark(ORG_READ_MARK);
    } else {
      bytes = file.stored.bytes;
    }
    const result = await readOrganizationFile(fileName, bytes);
    if (!result.organization) return refuse(file, result.problems, target);

    const remembered = 'picked' in file ? await storeFile({ fileName, bytes }) : true;
    target.loadOrganization(result.organization, { kind: 'file', fileName });
    // A remembered file's warnings were shown when it was opened; a reload does not repeat them.
    const notes =
      'picked' in file
        ? result.problems.slice(0, MAX_WARNINGS).map((p) => `${fileName}, ${p.where}: ${p.message}`)
        : [];
    if (!remembered) {
      notes.push(
        `${fileName} is open, but this browser would not store it, so a reload will bring back the default organisation.`,
      );
    }
    if (notes.length > 0) target.addNotices(notes);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return refuse(file, [{ where: 'file', message }], target);
  }
}

/** A file that cannot be used: a picked one's problems are listed, a remembered one forgotten. */
async function refuse(
  file: FileToOpen,
  problems: FileProblem[],
  target: OpenTarget,
): Promise<false> {
  if ('picked' in file) {
    target.setOpenProblems({ fileName: file.picked.name, problems });
  } else {
    await forgetStoredFile();
    target.addNotices([
      `The organisation opened before (${file.stored.fileName}) could not be read again, so the default is shown.`,
    ]);
  }
  return false;
}
