import { describe, expect, it } from 'vitest';
import { CARD_METRICS } from '../layout/card-metrics.ts';
import { NAME_FONT } from './svg-card.ts';
import {
  approximateMeasure,
  cssFont,
  ellipsise,
  escapeXml,
  SVG_FONT_FAMILY,
  wrapText,
} from './svg-text.ts';

const measure = approximateMeasure;

const HOSTILE = '<script>alert(1)</script> & "Q" \'it\'\u0000\u0007\u001b\u009b';

describe('escapeXml', () => {
  it('escapes markup and both quotes, and drops characters XML cannot hold', () => {
    expect(escapeXml(HOSTILE)).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Q&quot; &apos;it&apos;',
    );
    expect(escapeXml('a\ud800b\udc00c\ufffe')).toBe('abc');
    expect(escapeXml('汉字 😀')).toBe('汉字 😀');
  });
});

describe('wrapText', () => {
  const font = NAME_FONT;

  it('breaks at spaces and never makes a line wider than asked', () => {
    const text = 'Party Committee Office (Organization and Personnel Department)';
    for (const width of [60, 100, 150, 215, 400]) {
      const { lines } = wrapText(text, width, font, measure);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(measure(line.text, font)).toBeLessThanOrEqual(width);
      expect(lines.map((l) => l.text + (l.spaceAfter ? ' ' : '')).join('')).toBe(text);
    }
  });

  it('cuts at the line limit with an ellipsis that still fits', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const { lines, truncated } = wrapText(text, 100, font, measure, 2);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.text.endsWith('…')).toBe(true);
    expect(lines[1]!.spaceAfter).toBe(false);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100);
  });

  it('splits a word longer than a line between characters', () => {
    const { lines } = wrapText('Supercalifragilisticexpialidocious', 80, font, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(80);
  });

  it('breaks after hyphens and between CJK characters', () => {
    const hyphen = wrapText('Non-performing', measure('performing', font), font, measure);
    expect(hyphen.lines.map((l) => l.text)).toEqual(['Non-', 'performing']);
    const cjk = wrapText('上海市住房公积金管理中心', 4 * font.size * 1.05, font, measure);
    expect(cjk.lines.map((l) => l.text)).toEqual(['上海市住', '房公积金', '管理中心']);
  });

  it('collapses whitespace, drops control characters and wraps nothing for empty text', () => {
    expect(wrapText('  a \n\t b\u0007 ', 500, font, measure).lines.map((l) => l.text)).toEqual([
      'a b',
    ]);
    expect(wrapText('   ', 500, font, measure)).toEqual({ lines: [], truncated: false });
  });

  it('keeps a surrogate pair whole when it must cut', () => {
    const cut = ellipsise('😀😀😀😀😀😀', measure('😀😀…', font), font, measure);
    expect(cut).toBe('😀😀…');
  });
});

describe('cssFont', () => {
  it('spells a canvas font shorthand in the picture’s family', () => {
    expect(cssFont(NAME_FONT)).toBe(
      `${CARD_METRICS.name.weight} ${CARD_METRICS.name.size}px ${SVG_FONT_FAMILY}`,
    );
  });
});
