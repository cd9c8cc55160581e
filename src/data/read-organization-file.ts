import type { Organization } from '../model/organization.ts';
import { checkOrganization, parseOrganizationJson, type DataProblem } from '../model/schema.ts';
import { parseSourceText } from './parse-source.ts';

/** Largest file accepted: far above any real organisation, small enough to parse at once. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** What is wrong and where: "file", "line 12", "line 3, column 7" or a JSON path. */
export interface FileProblem {
  where: string;
  message: string;
}

export interface FileResult {
  /**
   * The organisation, or null when the file cannot be used. A text file can load with problems
   * still listed: like the built-in source, text is read as far as it makes sense.
   */
  organization: Organization | null;
  problems: FileProblem[];
  /** How the file was read, once it was readable as text at all. */
  format: 'json' | 'text' | null;
}

const MB = 1024 * 1024;
const size = (bytes: number) =>
  `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB (${bytes.toLocaleString('en')} bytes)`;

const refuse = (message: string): FileResult => ({
  organization: null,
  problems: [{ where: 'file', message }],
  format: null,
});

/** Names formats people pick by mistake, whose bytes would otherwise just read as "not UTF-8". */
function knownBinary(bytes: Uint8Array): string | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xfe) || starts(0xfe, 0xff)) {
    return 'The file is saved as UTF-16 text; save it as UTF-8 and open it again.';
  }
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    return 'This is a compressed file (a .zip, or a Word or Excel document), not text. Save the data as a .json or .txt file.';
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) {
    return 'This is a PDF, not text. Copy its text into a .txt file, or use the JSON format.';
  }
  return null;
}

function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}
const isComplete = (bytes: Uint8Array) => decodes(bytes, false);
/** True when nothing is wrong but, perhaps, an incomplete character at the very end. */
const isCutShort = (bytes: Uint8Array) => decodes(bytes, true);

/** Offset of the first byte that is not UTF-8: decoding a prefix fails exactly when it holds one. */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    // Streaming, so a character cut in two at the end of the prefix is not counted as an error.
    if (isCutShort(bytes.subarray(0, mid))) good = mid;
    else bad = mid;
  }
  // The prefix may end inside a character that the next byte breaks: blame the character's start.
  if (!isComplete(bytes.subarray(0, good))) {
    let start = good - 1;
    while (start > 0 && (bytes[start]! & 0xc0) === 0x80) start--;
    return start;
  }
  return good;
}

function decode(bytes: Uint8Array): string | FileProblem {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (isCutShort(bytes)) {
      return {
        where: 'file',
        message:
          'The file ends partway through a character: it may have been cut short, or it is not UTF-8 text.',
      };
    }
    const offset = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    return {
      where: `line ${line}`,
      message: `The file is not UTF-8 text: byte ${(offset + 1).toLocaleString('en')} is not valid UTF-8. Save the file with UTF-8 (Unicode) encoding and open it again.`,
    };
  }
}

function chooseFormat(name: string, text: string): 'json' | 'text' {
  const extension = /\.([^.]+)$/.exec(name.toLowerCase())?.[1];
  if (extension === 'json') return 'json';
  if (extension === 'txt') return 'text';
  return /^[\s\uFEFF]*[{[]/.test(text) ? 'json' : 'text';
}

const whereOf = (problem: DataProblem): string =>
  problem.line !== undefined
    ? `line ${problem.line}, column ${problem.column ?? 1}`
    : problem.path || 'file';

/** The problem with a file of this size, or null when it is small enough to read. */
export function sizeProblem(byteLength: number): FileProblem | null {
  return byteLength > MAX_FILE_BYTES
    ? {
        where: 'file',
        message: `The file is ${size(byteLength)}; the limit is ${size(MAX_FILE_BYTES)}.`,
      }
    : null;
}

/** Reads a user's file (JSON or text) into an organisation, or says clearly why it cannot. */
export function readOrganizationFile(name: string, bytes: Uint8Array): FileResult {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) return { organization: null, problems: [tooLarge], format: null };
  const binary = knownBinary(bytes);
  if (binary) return refuse(binary);
  const decoded = decode(bytes);
  if (typeof decoded !== 'string') return { organization: null, problems: [decoded], format: null };
  const text = decoded.replace(/^\uFEFF/, '');
  if (text.trim() === '') return refuse('The file is empty.');

  const format = chooseFormat(name, text);
  if (format === 'json') {
    const { organization, problems } = parseOrganizationJson(text);
    return {
      organization,
      problems: problems.map((p) => ({ where: whereOf(p), message: p.message })),
      format,
    };
  }

  const parsed = parseSourceText(text);
  const problems: FileProblem[] = parsed.problems.map((p) => ({
    where: `line ${p.line}`,
    message: p.message,
  }));
  if (!parsed.organization) return { organization: null, problems, format };
  const limits = checkOrganization(parsed.organization);
  return {
    organization: limits.length > 0 ? null : parsed.organization,
    problems: [...problems, ...limits.map((p) => ({ where: whereOf(p), message: p.message }))],
    format,
  };
}
