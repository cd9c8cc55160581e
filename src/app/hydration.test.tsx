// @vitest-environment jsdom
/**
 * The prerendered page and the app agree: hydrating the HTML the build writes finds exactly the
 * markup React expects, and the boot script's refit of that HTML to another window gives the same
 * markup as rendering for that window in the first place.
 */
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildChart } from '../layout/chart.ts';
import { prerenderedLayouts, variantFor, type FirstView } from '../layout/first-view.ts';
import { indexOrganization, type Organization } from '../model/organization.ts';
import { applyVariant, viewportTransform } from '../platform/prerendered-chart.ts';
import { restoreInlineStyles } from '../platform/prerendered-page.ts';
import { extractInlineStyles } from '../../scripts/prerender/page.ts';
import { createOrgStore } from '../store/org-store.ts';
import { shanghaiCenter } from '../testing/factories.ts';
import { Root } from './Root.tsx';
import { loadLazyParts } from './lazy.ts';

const center = shanghaiCenter();
const DESKTOP: FirstView = { aspect: 1.6, viewport: { x: 567.5, y: 39.75, zoom: 0.9164 } };
const PHONE: FirstView = { aspect: 0.7, viewport: { x: 195, y: 98, zoom: 0.7236842105263158 } };

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // What React Flow and the app ask of a browser that jsdom does not have.
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
  globalThis.CSS ??= { escape: (text: string) => text.replace(/["\\]/g, '\\$&') } as typeof CSS;
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** The app's HTML as the build renders it (lazy parts loaded first, as `prerenderApp` does). */
async function serverHtml(organization: Organization, firstView: FirstView): Promise<string> {
  const root = () => <Root store={createOrgStore(organization)} firstView={firstView} />;
  // A first pass starts loading the lazy parts; once they have loaded, they render in place.
  renderToString(root());
  await loadLazyParts();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return renderToString(root());
}

function mount(html: string): HTMLElement {
  const container = document.createElement('div');
  container.id = 'root';
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

/** Every element's tag, attributes (styles as the CSSOM reads them) and text, in order. */
function snapshot(container: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(
    container,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(`#${node.textContent}`);
      continue;
    }
    const element = node as HTMLElement;
    const attributes = [...element.attributes]
      .filter((a) => a.name !== 'style')
      .map((a) => `${a.name}=${a.value}`)
      .sort();
    const style = element.style
      ? [...element.style].map((p) => `${p}:${element.style.getPropertyValue(p)}`).sort()
      : [];
    out.push(`<${element.tagName} ${attributes.join(' ')} {${style.join(';')}}`);
  }
  return out;
}

describe('the prerendered page', { timeout: 60_000 }, () => {
  it('hydrates with no mismatch and no error', async () => {
    const html = await serverHtml(center, DESKTOP);
    expect(html).toContain('Loan Management Office');
    expect(html).not.toMatch(/<!--\$[?!]-->/);
    const container = mount(html);
    const before = snapshot(container);
    // The browser's copy of the app: its own modules, as in a page, not the server's.
    vi.resetModules();
    const client = {
      ...(await import('./Root.tsx')),
      ...(await import('../store/org-store.ts')),
      ...(await import('./lazy.ts')),
    };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let ready = false;
    await act(async () => {
      hydrateRoot(
        container,
        <client.Root
          store={client.createOrgStore(center)}
          firstView={DESKTOP}
          onChartReady={() => (ready = true)}
        />,
        { onRecoverableError: (error) => console.error(error) },
      );
      await client.loadOrgChart();
    });
    expect(errors.mock.calls.map((call) => String(call[0]))).toEqual([]);
    expect(ready).toBe(true);
    // The chart's cards are where the HTML put them: hydrating moved nothing.
    const cards = (c: HTMLElement) =>
      [...c.querySelectorAll<HTMLElement>('.react-flow__node')].map(
        (n) => `${n.dataset.id} ${n.style.transform}`,
      );
    const after = mount(html);
    expect(cards(container)).toEqual(cards(after));
    expect(before.length).toBeGreaterThan(100);
  });

  it('refitted by the boot script, is the page rendered for that window', async () => {
    const index = indexOrganization(center);
    const layouts = prerenderedLayouts(
      center.root.id,
      (aspect) => buildChart(center, index, { mode: 'compact', aspect }),
      DESKTOP.aspect,
    );
    const phoneVariant = variantFor(layouts.byAspect, PHONE.aspect);
    expect(phoneVariant).not.toBe(layouts.rendered);

    const refitted = mount(await serverHtml(center, DESKTOP));
    applyVariant(refitted, layouts.variants[phoneVariant]!);
    refitted
      .querySelector<HTMLElement>('.react-flow__viewport')!
      .style.setProperty('transform', viewportTransform(PHONE.viewport));
    const rendered = mount(await serverHtml(center, PHONE));
    expect(snapshot(refitted)).toEqual(snapshot(rendered));
  });

  it('keeps every inline style through the stylesheet and back', async () => {
    const html = await serverHtml(center, DESKTOP);
    const extracted = extractInlineStyles(html);
    expect(extracted.html).not.toContain(' style="');
    const restored = mount(extracted.html);
    restoreInlineStyles(restored, extracted.styles);
    expect(snapshot(restored)).toEqual(snapshot(mount(html)));
  });
});
