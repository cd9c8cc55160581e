/**
 * The contract between the build, which prerenders the app into index.html, and the page's boot
 * script and the app, which take it over: where the data lives and how inline styles travel.
 *
 * The page's Content Security Policy allows no inline style, so the build moves every `style`
 * attribute React wrote into a stylesheet rule keyed by {@link STYLE_ATTRIBUTE}; the boot script
 * puts each back as the element's own style (through the CSSOM, which the policy allows) and drops
 * the key, so React finds the styles it rendered and the stylesheet then matches nothing.
 */
import type { Organization } from '../model/organization.ts';
import type { PrerenderedLayouts } from '../layout/first-view.ts';

/** Marks an element whose inline style the build moved to the prerender stylesheet. */
export const STYLE_ATTRIBUTE = 'data-ssr-style';
/** The `<script type="application/json">` holding the prerendered organisation. */
export const ORGANIZATION_DATA_ID = 'orgscope-organization';
/** The `<script type="application/json">` holding {@link PrerenderedPage}. */
export const PAGE_DATA_ID = 'orgscope-page';

/** What the build tells the boot script about the page it wrote. */
export interface PrerenderedPage {
  layouts: PrerenderedLayouts;
  /** The inline styles moved out of the HTML; an element's key indexes this list. */
  styles: string[];
}

/** Reads a JSON data block the build wrote into the page; null when there is none. */
export function readDataBlock<T>(id: string): T | null {
  const text = document.getElementById(id)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

/** The organisation the page was prerendered with, when it was. */
export const prerenderedOrganization = () => readDataBlock<Organization>(ORGANIZATION_DATA_ID);

/**
 * Gives every element the build took an inline style from its style back, in place. The CSSOM
 * path (`style.setProperty`) is what the Content Security Policy allows.
 */
export function restoreInlineStyles(root: ParentNode, styles: readonly string[]) {
  for (const element of root.querySelectorAll<HTMLElement | SVGElement>(`[${STYLE_ATTRIBUTE}]`)) {
    const css = styles[Number(element.getAttribute(STYLE_ATTRIBUTE))];
    if (css !== undefined) {
      for (const [property, value] of declarationsOf(css)) {
        element.style.setProperty(property, value);
      }
    }
    element.removeAttribute(STYLE_ATTRIBUTE);
  }
}

/** The `property: value` pairs of a style attribute as React writes it (`a:b;c:d`). */
export function declarationsOf(css: string): [string, string][] {
  const declarations: [string, string][] = [];
  // Values React writes hold no semicolons (no strings or data: URLs in our styles).
  for (const part of css.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    declarations.push([part.slice(0, colon).trim(), part.slice(colon + 1).trim()]);
  }
  return declarations;
}
