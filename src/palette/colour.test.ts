import { describe, expect, it } from 'vitest';
import {
  composite,
  contrastRatio,
  parseHex,
  relativeLuminance,
  toHex,
  withAlpha,
} from './colour.ts';

describe('parseHex / toHex', () => {
  it('reads long and short forms, with or without #, in any case', () => {
    expect(parseHex('#1a212b')).toEqual({ r: 26, g: 33, b: 43 });
    expect(parseHex('1A212B')).toEqual({ r: 26, g: 33, b: 43 });
    expect(parseHex('#fff')).toEqual({ r: 255, g: 255, b: 255 });
  });

  it('rejects anything that is not a hex colour with a readable message', () => {
    for (const bad of ['', '#', '#12', '#12345', '#ggg', 'red', 'rgb(0,0,0)', '#1234567']) {
      expect(() => parseHex(bad)).toThrow(/Not a hex colour/);
    }
  });

  it('round-trips and clamps', () => {
    expect(toHex(parseHex('#0072b2'))).toBe('#0072b2');
    expect(toHex({ r: -4, g: 300, b: 127.6 })).toBe('#00ff80');
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference points', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // #767676 is the well-known lightest grey that passes AA (4.54:1) on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('uses relative luminance from 0 to 1', () => {
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#fff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });
});

describe('composite / withAlpha', () => {
  it('blends a colour over a background', () => {
    expect(composite('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(composite('#d55e00', 0, '#ffffff')).toBe('#ffffff');
    expect(composite('#d55e00', 1, '#ffffff')).toBe('#d55e00');
    expect(composite('#d55e00', 7, '#ffffff')).toBe('#d55e00');
  });

  it('writes a modern CSS colour with alpha', () => {
    expect(withAlpha('#d55e00', 0.2)).toBe('rgb(213 94 0 / 0.2)');
    expect(withAlpha('#fff', 1 / 3)).toBe('rgb(255 255 255 / 0.333)');
  });
});
