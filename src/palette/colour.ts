/** Small, dependency-free colour maths for checking the palette against WCAG contrast rules. */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#?(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Reads `#rgb` or `#rrggbb` (the `#` is optional) into 0–255 channels; throws on anything else. */
export function parseHex(hex: string): Rgb {
  if (!HEX.test(hex)) throw new Error(`Not a hex colour: "${hex}" (expected #rgb or #rrggbb)`);
  let digits = hex.replace('#', '');
  if (digits.length === 3) digits = [...digits].map((d) => d + d).join('');
  const n = Number.parseInt(digits, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** Writes channels as lowercase `#rrggbb`, rounding and clamping each channel. */
export function toHex({ r, g, b }: Rgb): string {
  const channel = (v: number) =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

const linear = (channel: number): number => {
  const v = channel / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = parseHex(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio between two colours, from 1 (identical) to 21 (black on white). */
export function contrastRatio(hexA: string, hexB: string): number {
  const a = relativeLuminance(hexA);
  const b = relativeLuminance(hexB);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** The opaque colour seen when `hex` is painted at `alpha` over `background` (sRGB blending, as browsers do). */
export function composite(hex: string, alpha: number, background: string): string {
  const fg = parseHex(hex);
  const bg = parseHex(background);
  const a = Math.min(1, Math.max(0, alpha));
  return toHex({
    r: fg.r * a + bg.r * (1 - a),
    g: fg.g * a + bg.g * (1 - a),
    b: fg.b * a + bg.b * (1 - a),
  });
}

/** A CSS colour with transparency, e.g. `rgb(213 94 0 / 0.2)`, for tinted `<mark>` backgrounds. */
export function withAlpha(hex: string, alpha: number): string {
  const { r, g, b } = parseHex(hex);
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 1000) / 1000;
  return `rgb(${r} ${g} ${b} / ${a})`;
}
