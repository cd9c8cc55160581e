/**
 * Writing the prerendered app into the built index.html: pure string work, tested on its own.
 * See `src/platform/prerendered-page.ts` for the contract with the page's boot script.
 */
import { declarationsOf, STYLE_ATTRIBUTE } from '../../src/platform/prerendered-page.ts';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};
const decode = (text: string) =>
  text.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (e) => ENTITIES[e]!);

/** The app's HTML with each `style` attribute replaced by a key, and the styles by key. */
export interface ExtractedStyles {
  html: string;
  /** Each distinct inline style once, as React wrote it; a key indexes this list. */
  styles: string[];
  /** Rules that give each keyed element its style before any script runs. */
  css: string;
}

/**
 * Moves every inline style out of the markup. Each rule's declarations are `!important`, as an
 * inline style outranks the stylesheet; the boot script makes them inline again.
 */
export function extractInlineStyles(html: string): ExtractedStyles {
  const styles: string[] = [];
  const keys = new Map<string, number>();
  // Inside start tags only (React escapes `>` and `"` in attribute values and text).
  const out = html.replace(/<[a-zA-Z][^>]*>/g, (tag) =>
    tag.replace(/ style="([^"]*)"/, (_whole, raw: string) => {
      const css = decode(raw);
      let key = keys.get(css);
      if (key === undefined) {
        key = styles.length;
        styles.push(css);
        keys.set(css, key);
      }
      return ` ${STYLE_ATTRIBUTE}="${key}"`;
    }),
  );
  const css = styles
    .map((style, key) => {
      const body = declarationsOf(style)
        .map(([property, value]) => `${property}:${value} !important`)
        .join(';');
      return `[${STYLE_ATTRIBUTE}="${key}"]{${body}}`;
    })
    .join('\n');
  return { html: out, styles, css };
}

/** A JSON data block that no HTML parser can end early (`</script>` inside a string). */
export function jsonDataBlock(id: string, value: unknown): string {
  const json = JSON.stringify(value).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${id}">${json}</script>`;
}

export interface PageParts {
  /** The app's markup, for inside `<div id="root">`. */
  appHtml: string;
  /**
   * Tags for `<head>` (the prerender stylesheet and the boot script), placed before the app's
   * own script: deferred scripts run in document order, and the boot script must not wait for
   * the app's much larger one to download.
   */
  head: string;
  /** Data blocks, placed after the app's markup. */
  data: string;
}

/** Puts the prerendered parts into the built index.html. */
export function writePage(indexHtml: string, parts: PageParts): string {
  const root = '<div id="root"></div>';
  const firstScript = indexHtml.search(/<script\b/i);
  if (!indexHtml.includes(root) || firstScript < 0 || firstScript > indexHtml.indexOf('</head>')) {
    throw new Error(
      'index.html has no empty <div id="root"></div> and app script to prerender into.',
    );
  }
  return (
    indexHtml.slice(0, firstScript) +
    `${parts.head.trim()}\n    ` +
    indexHtml.slice(firstScript)
  ).replace(root, `<div id="root">${parts.appHtml}</div>\n    ${parts.data}`);
}
