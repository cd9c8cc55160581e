/**
 * Opening a user's file: its bytes checked and decoded as UTF-8 text, then read by the reader of
 * its format (see the input-format table). Everything here is pure: the platform layer reads the
 * file and shows the result.
 */
import { formatNumber } from '../model/format.ts';
import {
  INPUT_FORMATS,
  MAX_FILE_BYTES,
  type BinaryInputFormat,
  type InputFormat,
  type InputFormatId,
  type ReadResult,
  type TextInputFormat,
} from './input-formats.ts';
import type { FileProblem } from './problems.ts';

export interface FileResult extends ReadResult {
  /** How the file was read, once it was readable as text at all. */
  format: InputFormatId | null;
}

const MB = 1024 * 1024;
const size = (bytes: number) =>
  `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB (${formatNumber(bytes)} bytes)`;

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
    return 'This is a compressed file (a .zip, or a Word document), not text. Save the data as a .xlsx, .csv, .json or .txt file.';
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    return 'This is an old Office document (such as an Excel .xls workbook). Save it as an Excel Workbook (.xlsx) or as CSV UTF-8, and open that.';
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
      message: `The file is not UTF-8 text: byte ${formatNumber(offset + 1)} is not valid UTF-8. Save the file with UTF-8 (Unicode) encoding and open it again.`,
    };
  }
}

const extensionOf = (fileName: string) => /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];

const isBinary = (format: InputFormat): format is BinaryInputFormat => format.kind === 'bytes';

/**
 * The binary format to read a file in, if any: the one its name chooses, else one whose signature
 * the bytes start with (an Excel workbook renamed or saved without its ending is still a
 * workbook). A file another row's extension names is read as that format.
 */
export function chooseBinaryFormat(
  fileName: string,
  bytes: Uint8Array,
  formats: readonly InputFormat[],
): BinaryInputFormat | null {
  const extension = extensionOf(fileName);
  const named = formats.find((format) => extension && format.extensions.includes(extension));
  if (named) return isBinary(named) ? named : null;
  return (
    formats
      .filter(isBinary)
      .find((format) => format.signature.every((byte, i) => bytes[i] === byte)) ?? null
  );
}

/**
 * The text format to read a file in: the one its name's extension chooses (the user's stated
 * intent, even when the content looks otherwise), else the first whose detection recognises the
 * text. Binary rows are left to {@link chooseBinaryFormat}.
 */
export function chooseInputFormat(
  fileName: string,
  text: string,
  formats: readonly InputFormat[],
): TextInputFormat {
  const extension = extensionOf(fileName);
  const textFormats = formats.filter((format): format is TextInputFormat => !isBinary(format));
  const named = textFormats.find((format) => extension && format.extensions.includes(extension));
  const chosen = named ?? textFormats.find((format) => format.detect(text));
  if (!chosen) throw new Error('The input-format table has no catch-all row.');
  return chosen;
}

/** Bytes read first, to refuse a file of the wrong kind before reading the rest. */
export const FIRST_BYTES = 8;

/**
 * The problem a file's name, size and first bytes show at once (too large, empty, a binary format
 * picked by mistake), or null when it is worth reading whole. A file a binary row reads (an Excel
 * workbook is a zip) is left to that row's reader, as {@link readOrganizationFile} does.
 */
export function firstBytesProblem(
  fileName: string,
  size: number,
  head: Uint8Array,
): FileProblem | null {
  const tooLarge = sizeProblem(size);
  if (tooLarge) return tooLarge;
  if (size === 0) return { where: 'file', message: 'The file is empty.' };
  if (chooseBinaryFormat(fileName, head, INPUT_FORMATS)) return null;
  const binary = knownBinary(head);
  return binary ? { where: 'file', message: binary } : null;
}

/** The problem with a file of this size, or null when it is small enough to read. */
export function sizeProblem(byteLength: number): FileProblem | null {
  return byteLength > MAX_FILE_BYTES
    ? {
        where: 'file',
        message: `The file is ${size(byteLength)}; the limit is ${size(MAX_FILE_BYTES)}.`,
      }
    : null;
}

/**
 * Reads a user's file into an organisation, or says clearly why it cannot. The reader of the
 * file's format loads on first use.
 */
export async function readOrganizationFile(name: string, bytes: Uint8Array): Promise<FileResult> {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) return { organization: null, problems: [tooLarge], format: null };
  const file = { fileName: name };
  const binaryFormat = chooseBinaryFormat(name, bytes, INPUT_FORMATS);
  if (binaryFormat) {
    const read = await binaryFormat.load();
    return { ...(await read(bytes, file)), format: binaryFormat.id as InputFormatId };
  }
  const binary = knownBinary(bytes);
  if (binary) return refuse(binary);
  const decoded = decode(bytes);
  if (typeof decoded !== 'string') return { organization: null, problems: [decoded], format: null };
  const text = decoded.replace(/^\uFEFF/, '');
  if (text.trim() === '') return refuse('The file is empty.');

  const format = chooseInputFormat(name, text, INPUT_FORMATS);
  const read = await format.load();
  return { ...read(text, file), format: format.id as InputFormatId };
}
