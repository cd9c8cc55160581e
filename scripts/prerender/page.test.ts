import { describe, expect, it } from 'vitest';
import { STYLE_ATTRIBUTE } from '../../src/platform/prerendered-page.ts';
import { extractInlineStyles, jsonDataBlock, writePage } from './page.ts';

describe('extractInlineStyles', () => {
  it('moves each style into one important rule per distinct style, decoding entities', () => {
    const html =
      '<div style="z-index:0;transform:translate(4px,5px)">a</div>' +
      '<p style="z-index:0;transform:translate(4px,5px)">b</p>' +
      '<span style="font-family:&quot;A B&quot;, sans-serif">c</span>';
    const out = extractInlineStyles(html);
    expect(out.html).toBe(
      `<div ${STYLE_ATTRIBUTE}="0">a</div><p ${STYLE_ATTRIBUTE}="0">b</p>` +
        `<span ${STYLE_ATTRIBUTE}="1">c</span>`,
    );
    expect(out.styles).toEqual([
      'z-index:0;transform:translate(4px,5px)',
      'font-family:"A B", sans-serif',
    ]);
    expect(out.css).toBe(
      `[${STYLE_ATTRIBUTE}="0"]{z-index:0 !important;transform:translate(4px,5px) !important}\n` +
        `[${STYLE_ATTRIBUTE}="1"]{font-family:"A B", sans-serif !important}`,
    );
  });

  it('leaves text that only looks like a style alone', () => {
    const html = '<p>write style="x" here</p>';
    expect(extractInlineStyles(html).html).toBe(html);
  });
});

describe('jsonDataBlock', () => {
  it('cannot be closed early by the data it carries', () => {
    const block = jsonDataBlock('data', { name: '</script><script>alert(1)</script>' });
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    const json = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('writePage', () => {
  const index =
    '<html><head><meta charset="UTF-8" /><script type="module" src="/app.js"></script>' +
    '</head><body><div id="root"></div></body></html>';

  it('puts the boot tags before the app script and the markup and data in the root', () => {
    const page = writePage(index, {
      appHtml: '<main>chart</main>',
      head: '<script src="/boot.js" defer></script>',
      data: '<script type="application/json" id="d">{}</script>',
    });
    expect(page.indexOf('/boot.js')).toBeLessThan(page.indexOf('/app.js'));
    expect(page).toContain('<div id="root"><main>chart</main></div>');
    expect(page.indexOf('id="d"')).toBeGreaterThan(page.indexOf('<main>'));
  });

  it('refuses a page it cannot prerender into', () => {
    expect(() =>
      writePage('<html><head></head><body><div id="app"></div></body></html>', {
        appHtml: '',
        head: '',
        data: '',
      }),
    ).toThrow(/no empty <div id="root">/);
  });
});
