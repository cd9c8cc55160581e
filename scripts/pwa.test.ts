import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { APP_ICONS, iconSvg } from './app-icons.mjs';
import { BACKGROUND_COLOR, MANIFEST, THEME_COLOR } from './pwa.ts';

const file = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/** A custom property's value in src/styles.css for a theme (written `light-dark(light, dark)`). */
function themeColor(name: string, theme: 'light' | 'dark' = 'light'): string {
  const css = readFileSync(file('src/styles.css'), 'utf8');
  const root = css.match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
  const value = root.match(new RegExp(`${name}:\\s*([^;]+);`))?.[1]?.trim();
  if (!value) throw new Error(`${name} is not in the theme`);
  const pair = value.match(/^light-dark\(\s*([^,]+),\s*([^)]+)\)/);
  return pair ? pair[theme === 'light' ? 1 : 2]!.trim() : value;
}
const lightThemeColor = (name: string) => themeColor(name);

describe('the web app manifest', () => {
  it('takes its colours from the light theme: the header for the title bar, the page for the splash', () => {
    expect(THEME_COLOR).toBe(lightThemeColor('--surface'));
    expect(BACKGROUND_COLOR).toBe(lightThemeColor('--bg'));
    expect(MANIFEST).toMatchObject({
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      display: 'standalone',
    });
  });

  it('colours the browser bar like the header in either system theme, before any script', () => {
    const html = readFileSync(file('index.html'), 'utf8');
    expect(html).toContain(
      `<meta name="theme-color" media="(prefers-color-scheme: light)" content="${THEME_COLOR}" />`,
    );
    expect(html).toContain(
      `<meta name="theme-color" media="(prefers-color-scheme: dark)" content="${themeColor('--surface', 'dark')}" />`,
    );
  });

  it('names a 192 and a 512 icon and a maskable 512, each a committed PNG', () => {
    expect(MANIFEST.icons).toEqual([
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: 'icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ]);
  });
});

describe('the icons in public/', () => {
  const alphaAt = (png: PNG, x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];

  for (const icon of APP_ICONS) {
    it(`${icon.file} is a ${icon.size} px square PNG, ${icon.kind === 'any' ? 'rounded like the favicon' : 'full-bleed'}`, () => {
      const png = PNG.sync.read(readFileSync(file(`public/${icon.file}`)));
      expect([png.width, png.height]).toEqual([icon.size, icon.size]);
      const centre = Math.floor(icon.size / 2);
      expect(alphaAt(png, centre, centre)).toBe(255);
      // A launcher masks a maskable icon and iOS rounds its own: both must fill every corner.
      expect(alphaAt(png, 0, 0)).toBe(icon.kind === 'any' ? 0 : 255);
      expect(alphaAt(png, icon.size - 1, icon.size - 1)).toBe(icon.kind === 'any' ? 0 : 255);
    });
  }

  it('draws the full-bleed icons from the favicon: its tile colour, its mark scaled to the centre', () => {
    const favicon = readFileSync(file('public/favicon.svg'), 'utf8');
    expect(iconSvg(favicon, 'any')).toBe(favicon);
    const maskable = iconSvg(favicon, 'maskable');
    expect(maskable).toMatch(
      /^<svg [^>]*viewBox="0 0 32 32"><rect x="0" y="0" width="32" height="32" fill="#1d4f91"\/>/,
    );
    expect(maskable).toContain('<g transform="translate(16 16) scale(0.7) translate(-16 -16)">');
    expect(maskable).toContain('<path d="M16 12v4M8 20v-4h16v4"');
    expect(() => iconSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', 'maskable')).toThrow(
      /viewBox and a background fill/,
    );
  });
});
