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
 * A number marker: digits, optional spaces, then "." or "," (or their full-width forms) and a space.
 * Whether a candidate really starts a duty is decided by {@link splitDuties}.
 */
const MARKER = /(\d{1,3})\s*[.,、．，](?=\s)/g;
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
    const number = Number(match[1]);
    if (number <= previous || number > previous + MAX_NUMBER_JUMP) continue;
    // Only characters next to the candidate are looked at, so hostile text stays linear.
    if (start > 0 && !/\s/u.test(paragraph[start - 1]!)) continue;
    let before = start - 1;
    while (before >= 0 && /\s/u.test(paragraph[before]!)) before--;
    const beginsSentence = before < 0 || /[;.。；:：]/u.test(paragraph[before]!);
    const end = start + match[0].length;
    const followedByCapital = /^\s+\p{Lu}/u.test(paragraph.slice(end, end + 8));
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

const startsWithMarker = (text: string): boolean => /^\s*\d{1,3}\s*[.,、．，]\s/u.test(text);

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

  const header = blocks.slice(0, firstBody - 1);
  const subject = header.at(-1);
  const title = header.length > 1 ? normalizeWhitespace(header[0]!.text) : '';
  if (!subject) {
    problems.push({
      line: blocks[0]!.line,
      message: 'Missing the organisation name: put it on the first line, before the first office.',
    });
    return { organization: null, problems };
  }
  const name = normalizeWhitespace(subject.text).replace(SUBJECT_PREFIX, '');
  const ids = new IdAllocator();
  const root: Office = {
    id: ids.allocate(name, 'organization'),
    name,
    duties: [],
    missingNumbers: [],
    children: [],
  };

  let office: Office | null = null;
  for (const block of blocks.slice(firstBody - 1)) {
    if (!startsWithMarker(block.text)) {
      const officeName = normalizeWhitespace(block.text);
      office = {
        id: ids.allocate(officeName, `unit-${root.children.length + 1}`),
        name: officeName,
        duties: [],
        missingNumbers: [],
        children: [],
      };
      root.children.push(office);
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
