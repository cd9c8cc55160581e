import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, hasPoppler, openChart, openGenerated, test } from './fixtures.ts';

/** Where the poster's pages are rendered to PNG, to be looked at (ORGSCOPE_POSTER_SHOTS). */
const SHOTS = process.env.ORGSCOPE_POSTER_SHOTS;

test('a 1,000-unit chart, expanded, prints as a legible vector poster', async ({ page }) => {
  test.skip(!hasPoppler(), 'needs pdftotext and pdftoppm (Debian: apt-get install poppler-utils)');
  test.setTimeout(180_000);
  await openChart(page);
  const org = await openGenerated(page, { units: 1_000, seed: 7 }, 'thousand.json', 30_000);
  await page.getByRole('button', { name: 'Expand all' }).click();
  await expect(page.getByRole('button', { name: 'Expand all' })).toBeDisabled();

  // The menu says what each choice gives before choosing it.
  await page.getByRole('button', { name: 'Export' }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  const poster = menu.getByRole('menuitemradio', { name: /^Print the chart as a poster/ });
  await expect(poster).toContainText(
    /\d+ A4 pages: an overview, then the chart on a \d+ × \d+ grid, names 9 pt/,
  );
  const menuText = (await menu.innerText()).replace(/\s+\n/g, '\n');
  console.log(`Export menu:\n${menuText}`);
  const [, sheets, columns, rows] =
    /(\d+) A4 pages: an overview, then the chart on a (\d+) × (\d+) grid/.exec(
      (await poster.innerText()).replace(/\s+/g, ' '),
    )!;
  await expect(menu.getByRole('menuitem', { name: /^PNG image/ })).toContainText(
    /Too small to read/,
  );
  await poster.click();
  await expect(poster).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');

  // Ctrl+P prints the same choice (page.pdf() fires beforeprint/afterprint).
  await expect(page.locator('html[data-print-ready]')).toBeAttached();
  const dir = mkdtempSync(join(tmpdir(), 'orgscope-poster-'));
  const file = join(dir, 'poster.pdf');
  writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  const posterPages = Number(sheets);
  console.log(
    `Poster: ${posterPages} pages (overview + ${columns} × ${rows}); PDF ${pages.length - 1} pages in all`,
  );

  expect(pages[0]).toContain('poster overview');
  for (let i = 1; i < posterPages; i++) {
    expect(pages[i], `page ${i + 1} is labelled`).toMatch(
      new RegExp(`[A-Z]+\\d+ of ${columns}×${rows} · ${org.name}`),
    );
  }
  // Names are text on the poster's pages: every unit is found on at least one of them.
  const posterText = pages.slice(1, posterPages).join('\n').replace(/\s+/g, ' ');
  const names: string[] = [];
  const stack = [org.root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    names.push(unit.name);
    stack.push(...(unit.children ?? []));
  }
  const sample = names.filter((_, i) => i % 50 === 0);
  const found = sample.filter((name) => posterText.includes(name.split(' ').slice(0, 2).join(' ')));
  expect(found.length, 'unit names searchable on the poster pages').toBeGreaterThanOrEqual(
    Math.floor(sample.length * 0.9),
  );
  // Then the handbook follows.
  expect(pages.slice(posterPages).join('')).toContain(names[1]!);

  // Card names are at least 8 pt on paper: word boxes on a tile page, in points.
  const bbox = execFileSync(
    'pdftotext',
    ['-bbox', '-f', '2', '-l', String(Math.min(posterPages, 4)), file, '-'],
    { encoding: 'utf8' },
  );
  const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</g)]
    .filter(([, , , word]) => /^[A-Z][a-z]/.test(word!))
    .map(([, yMin, yMax]) => Number(yMax) - Number(yMin));
  heights.sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)]!;
  console.log(
    `Word heights on tile pages: median ${median.toFixed(1)} pt over ${heights.length} words`,
  );
  expect(median).toBeGreaterThanOrEqual(8);

  const out = SHOTS ?? dir;
  mkdirSync(out, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '4', '-png', file, join(out, 'poster')]);
  const shots = readdirSync(out).filter((name) => /^poster-\d+\.png$/.test(name));
  expect(shots.length).toBe(4);
  expect(readFileSync(join(out, shots[0]!)).length).toBeGreaterThan(1_000);
});
