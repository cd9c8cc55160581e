/**
 * Text for the export picture: fonts and how they are measured, text made safe for XML, and line
 * breaking with an ellipsis where a line limit cuts it. Pure: text is measured by an injected
 * function, so tests run without a browser.
 */
export interface Font {
  size: number;
  weight: number;
}

/** Width of `text` in CSS pixels when set in the picture's font family at this size and weight. */
export type MeasureText = (text: string, font: Font) => number;

/** The picture's fonts: those installed nearly everywhere, since an SVG file embeds none. */
export const SVG_FONT_FAMILY =
  'DejaVu Sans, Noto Sans, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

/** The CSS `font` shorthand for a canvas context, so an adapter measures text as the SVG sets it. */
export function cssFont(font: Font): string {
  return `${font.weight} ${font.size}px ${SVG_FONT_FAMILY}`;
}

/** Full-width scripts (CJK, Hangul, full-width forms) take about a square each. */
const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A rough measure for tests and for places with no canvas: 0.55em a character, 1em if wide. */
export const approximateMeasure: MeasureText = (text, font) => {
  let em = 0;
  for (const ch of text) em += WIDE_CHAR.test(ch) ? 1 : 0.55;
  return em * font.size * (font.weight >= 600 ? 1.05 : 1);
};

const ELLIPSIS = '…';

// XML 1.0 cannot hold C0 controls (bar tab, LF, CR), and lone surrogates or U+FFFE/U+FFFF are not
// characters at all; C1 controls are legal but never meant in a name.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe for XML content and attribute values: markup escaped, impossible characters gone. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Whitespace collapsed to single spaces, as HTML renders it, with unprintable characters dropped. */
export function normaliseText(text: string): string {
  return text.replace(INVALID_XML, '').replace(/\s+/g, ' ').trim();
}

export interface WrappedLine {
  /** Without the space the line was broken at. */
  text: string;
  width: number;
  /** The source had a space where this line breaks, kept in the SVG so copied text reads right. */
  spaceAfter: boolean;
}

export interface WrappedText {
  lines: WrappedLine[];
  /** Text was cut and the last line ends with an ellipsis. */
  truncated: boolean;
}

/**
 * Pieces of text that may not be split across lines unless one is wider than a line: a word with
 * its trailing space, a hyphenated part with its hyphen, or a single wide (CJK) character.
 */
function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  const end = () => {
    if (piece !== '') pieces.push(piece);
    piece = '';
  };
  let previous = '';
  for (const ch of text) {
    if (WIDE_CHAR.test(ch)) {
      end();
      piece = ch;
      previous = ch;
      continue;
    }
    if (WIDE_CHAR.test(previous) && ch !== ' ') end();
    piece += ch;
    if (ch === ' ' || ((ch === '-' || ch === '/') && /\p{L}|\p{N}/u.test(previous))) end();
    previous = ch;
  }
  end();
  return pieces;
}

/** How many code points of `chars`, from the start, still pass `fits` (a binary search). */
function fittingPrefix(chars: readonly string[], fits: (text: string) => boolean): number {
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(chars.slice(0, mid).join(''))) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** `text` cut so that it and an ellipsis fit `maxWidth`. */
export function ellipsise(
  text: string,
  maxWidth: number,
  font: Font,
  measure: MeasureText,
): string {
  const chars = Array.from(text);
  const count = fittingPrefix(
    chars,
    (prefix) => measure(prefix.trimEnd() + ELLIPSIS, font) <= maxWidth,
  );
  return chars.slice(0, count).join('').trimEnd() + ELLIPSIS;
}

/**
 * Greedy line breaking at spaces, after hyphens and between wide characters, as a browser would;
 * a word longer than a line is split between characters so no line is ever wider than `maxWidth`.
 * Past `maxLines`, the last line ends in an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: Font,
  measure: MeasureText,
  maxLines = Infinity,
): WrappedText {
  const normalised = normaliseText(text);
  if (normalised === '' || maxLines < 1) return { lines: [], truncated: normalised !== '' };
  const width = (t: string) => measure(t, font);
  const fits = (t: string) => width(t.trimEnd()) <= maxWidth;

  const raw: string[] = [];
  let line = '';
  const pieces = breakPieces(normalised);
  let rest = '';
  for (let i = 0; i < pieces.length; i++) {
    let piece = pieces[i]!;
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line !== '') {
      raw.push(line);
      line = '';
    }
    // A piece wider than a whole line is split wherever it must be.
    while (!fits(piece) && raw.length < maxLines) {
      const chars = Array.from(piece);
      const count = Math.max(1, fittingPrefix(chars, fits));
      raw.push(chars.slice(0, count).join(''));
      piece = chars.slice(count).join('');
    }
    if (raw.length >= maxLines) {
      rest = piece + pieces.slice(i + 1).join('');
      break;
    }
    line = piece;
  }
  if (line !== '') raw.push(line);

  let truncated = false;
  if (raw.length > maxLines || rest !== '') {
    truncated = true;
    const kept = raw.slice(0, maxLines);
    const overflow = raw.slice(maxLines).join('') + rest;
    const last = (kept.pop() ?? '') + overflow;
    kept.push(ellipsise(last, maxWidth, font, measure));
    raw.splice(0, raw.length, ...kept);
  }
  const lines = raw.map((rawLine, i) => {
    const trimmed = rawLine.trimEnd();
    return {
      text: trimmed,
      width: width(trimmed),
      spaceAfter: i < raw.length - 1 && trimmed.length < rawLine.length,
    };
  });
  return { lines, truncated };
}
