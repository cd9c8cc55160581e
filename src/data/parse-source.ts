import { IdAllocator, normalizeWhitespace } from './names.ts';
import type { Duty, Office, Organization } from '../model/organization.ts';

/** Something in the text the parser could not read as intended, with its 1-based line. */
export interface ParseProblem {
  line: number;
  message: string;
}

export interface ParseResult {
  /** Null when the text holds no organisation at all. */
  organization: Organization | null;
  problems: ParseProblem[];
}

/** A duty found in a paragraph, with the number marker as written and where it stood. */
export interface SplitDuty extends Duty {
  /** The number marker exactly as the source writes it, e.g. "3 ,". */
  marker: string;
  /** Offset of the marker in the paragraph. */
  start: number;
}

export interface SplitResult {
  duties: SplitDuty[];
  /** Text before the first number marker, which belongs to no duty. */
  leading: string;
  missingNumbers: number[];
}

/**
 * A number marker candidate: one to three digits (ASCII or full-width), optional spaces, then
 * "." or "," or their full-width forms, or "、". What may follow is checked by {@link endsMarker};
 * whether a candidate really starts a duty is decided by {@link splitDuties}.
 */
const MARKER = /([0-9０-９]{1,3})\s*([.,、．，])/g;
/** Separators Chinese writes with no space after ("1、负责…", "１．负责…"). */
const CJK_SEPARATOR = /[、．]/;
const DIGIT = /[0-9０-９]/;

/**
 * Whether the character after a marker's separator lets it be a marker: a space, as English is
 * written; or, with no space, as Chinese is written: after "、" or "．" anything but a digit
 * ("1、2号楼" is a list of numbers), after "." a character beyond ASCII ("1.负责", never "1.5").
 */
function endsMarker(separator: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (/\s/u.test(next)) return true;
  if (CJK_SEPARATOR.test(separator)) return !DIGIT.test(next);
  return separator === '.' && next.charCodeAt(0) > 0x7f && !DIGIT.test(next);
}

/** A marker's number, full-width digits read as their ASCII forms. */
const markerNumber = (digits: string) => Number(digits.normalize('NFKC'));

/** The source skips at most a couple of numbers; a bigger jump is ordinary text, not a marker. */
const MAX_NUMBER_JUMP = 3;
const SUBJECT_PREFIX = /^internal organi[sz]ations of (?:the\s+)?/i;

/**
 * Splits one paragraph of numbered duties, keeping the source's own numbers.
 *
 * The source writes markers inconsistently ("3.", "3 ,"), sometimes without the ";" before them,
 * and skips numbers. A candidate counts as a marker when its number follows the previous one
 * (allowing a small gap) and it either begins a sentence or is followed by a capitalised word.
 */
export function splitDuties(paragraph: string): SplitResult {
  const found: { number: number; marker: string; start: number; end: number }[] = [];
  let previous = 0;
  for (const match of paragraph.matchAll(MARKER)) {
    const start = match.index;
    const number = markerNumber(match[1]!);
    if (number <= previous || number > previous + MAX_NUMBER_JUMP) continue;
    const end = start + match[0].length;
    const separator = match[2]!;
    if (!endsMarker(separator, paragraph[end])) continue;
    // Only characters next to the candidate are looked at, so hostile text stays linear.
    // A marker stands after a space, or right after a semicolon or full stop ("；2、…", "。3．…").
    const adjoining = start > 0 ? paragraph[start - 1]! : ' ';
    if (!/\s/u.test(adjoining) && !/[;；。]/u.test(adjoining)) continue;
    let before = start - 1;
    while (before >= 0 && /\s/u.test(paragraph[before]!)) before--;
    const beginsSentence = before < 0 || /[;.。；:：]/u.test(paragraph[before]!);
    // Chinese has no capitals: "2、" after a space is a marker on its own.
    const followedByCapital =
      CJK_SEPARATOR.test(separator) || /^\s+\p{Lu}/u.test(paragraph.slice(end, end + 8));
    if (!beginsSentence && !followedByCapital) continue;
    found.push({ number, marker: match[0], start, end });
    previous = number;
  }

  const duties: SplitDuty[] = found.map((marker, i) => ({
    number: marker.number,
    marker: marker.marker,
    start: marker.start,
    text: normalizeWhitespace(paragraph.slice(marker.end, found[i + 1]?.start ?? paragraph.length)),
  }));
  const missingNumbers: number[] = [];
  let expected = 1;
  for (const duty of duties) {
    for (let n = expected; n < duty.number; n++) missingNumbers.push(n);
    expected = duty.number + 1;
  }
  return {
    duties,
    leading: normalizeWhitespace(paragraph.slice(0, found[0]?.start ?? paragraph.length)),
    missingNumbers,
  };
}

interface Paragraph {
  line: number;
  text: string;
}

function paragraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Paragraph | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.trim() === '') {
      current = null;
      return;
    }
    if (current) {
      current.text += `\n${raw}`;
    } else {
      current = { line: i + 1, text: raw };
      result.push(current);
    }
  });
  return result;
}

/** Whether a paragraph starts with a number marker, so it is a paragraph of duties. */
function startsWithMarker(text: string): boolean {
  const found = /^\s*[0-9０-９]{1,3}\s*([.,、．，])/u.exec(text);
  return found !== null && endsMarker(found[1]!, text[found[0].length]);
}

/**
 * Parses a page laid out like the published source: the hosting site's page title, a line naming
 * the subject ("Internal organizations of …"), then each office's name on its own line followed by
 * one paragraph of numbered duties. Offices become the root's children in source order.
 */
export function parseSourceText(text: string): ParseResult {
  const problems: ParseProblem[] = [];
  const blocks = paragraphs(text.replace(/^\uFEFF/, ''));
  const firstBody = blocks.findIndex((block) => startsWithMarker(block.text));
  if (firstBody < 1) {
    problems.push({
      line: blocks[0]?.line ?? 1,
      message:
        firstBody === 0
          ? 'The text starts with a numbered duty; expected the organisation name and then an office name first.'
          : 'No numbered duties found: expected office names, each followed by duties numbered "1.", "2.", …',
    });
    return { organization: null, problems };
  }

  // Before the first office with duties: the page title (optional), the organisation's name,
  // and perhaps offices without duties, which are kept as offices rather than dropped.
  const header = blocks.slice(0, firstBody - 1);
  if (header.length === 0) {
    problems.push({
      line: blocks[0]!.line,
      message: 'Missing the organisation name: put it on the first line, before the first office.',
    });
    return { organization: null, problems };
  }
  const named = header
    .slice(0, 2)
    .findIndex((block) => SUBJECT_PREFIX.test(normalizeWhitespace(block.text)));
  const subjectIndex = named !== -1 ? named : header.length >= 2 ? 1 : 0;
  const subject = header[subjectIndex]!;
  const title = subjectIndex === 1 ? normalizeWhitespace(header[0]!.text) : '';
  const name = normalizeWhitespace(subject.text).replace(SUBJECT_PREFIX, '');
  const ids = new IdAllocator();
  const root: Office = {
    id: ids.allocate(name, 'organization'),
    name,
    duties: [],
    missingNumbers: [],
    children: [],
  };
  const addOffice = (officeName: string): Office => {
    const office: Office = {
      id: ids.allocate(officeName, `unit-${root.children.length + 1}`),
      name: officeName,
      duties: [],
      missingNumbers: [],
      children: [],
    };
    root.children.push(office);
    return office;
  };
  for (const block of header.slice(subjectIndex + 1)) {
    const officeName = normalizeWhitespace(block.text);
    addOffice(officeName);
    problems.push({
      line: block.line,
      message: `"${officeName}" comes after the organisation's name ("${name}") with no duties below it, so it is shown as an office without duties.`,
    });
  }

  let office: Office | null = null;
  for (const block of blocks.slice(firstBody - 1)) {
    if (!startsWithMarker(block.text)) {
      office = addOffice(normalizeWhitespace(block.text));
      continue;
    }
    if (!office) continue;
    if (office.duties.length > 0) {
      problems.push({
        line: block.line,
        message: `A second paragraph of duties for "${office.name}": put each office's duties in one paragraph.`,
      });
    }
    const split = splitDuties(block.text);
    const previousLast = office.duties.at(-1)?.number ?? 0;
    office.duties.push(
      ...split.duties.map(({ number, text: dutyText }) => ({ number, text: dutyText })),
    );
    office.missingNumbers.push(...split.missingNumbers.filter((n) => n > previousLast));
  }

  return {
    organization: { name, root, attribution: { title: title || name } },
    problems,
  };
}
