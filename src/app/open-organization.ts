import type { FileProblem } from '../data/read-organization-file.ts';
import type { Organization } from '../model/organization.ts';
import { ORG_READ_MARK } from '../performance-marks.mjs';
import { storeFile } from './stored-organization.ts';

export type OpenResult =
  | { ok: true; organization: Organization; warnings: FileProblem[]; remembered: boolean }
  | { ok: false; problems: FileProblem[] };

/**
 * Reads and validates a file; nothing in the app changes unless it is valid. The validation code
 * (and its schema library) loads only when a file is opened.
 */
export async function openOrganizationFile(file: File): Promise<OpenResult> {
  const { sizeProblem } = await import('../data/read-organization-file.ts');
  // Refused before reading, so a huge file never fills memory.
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  performance.mark(ORG_READ_MARK);
  return readBytes(file.name, bytes, true);
}

/** Validates bytes already in memory (a remembered file), optionally remembering them. */
export async function readBytes(
  fileName: string,
  bytes: Uint8Array,
  remember: boolean,
): Promise<OpenResult> {
  const { readOrganizationFile } = await import('../data/read-organization-file.ts');
  const result = readOrganizationFile(fileName, bytes);
  if (!result.organization) return { ok: false, problems: result.problems };
  const remembered = remember ? await storeFile({ fileName, bytes }) : true;
  return { ok: true, organization: result.organization, warnings: result.problems, remembered };
}
