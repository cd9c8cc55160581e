import './print-view.css';
import { useEffect, useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useFilterMatch } from '../view-state/filter-context.ts';
import { exportedLine, filterLine, sourceLine } from '../export/picture-text.ts';
import { printPicture } from '../export/print-picture.ts';
import { dutyCount, officeCount } from '../model/format.ts';
import { countDuties, skippedBefore, type Office } from '../model/organization.ts';
import { useOrgStore, useOrgStoreApi, type PrintJob } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import type { OfficeMatch } from '../search/match.ts';
import { HighlightedText } from './HighlightedText.tsx';

/**
 * What printing prints, whether from Export → Print or the browser's own Print (Ctrl+P): the
 * whole chart on one landscape page, then every unit with its duties as a handbook. Drawn only
 * while printing (hidden on screen by print-view.css), and drawn synchronously when the browser
 * announces a print, so its print snapshot is complete.
 */
export function PrintView() {
  const store = useOrgStoreApi();
  const printing = useOrgStore((s) => s.printing);

  useEffect(() => {
    const onBeforePrint = () => {
      if (store.getState().printing) return;
      // The browser takes its snapshot right after this event: render now, not on the next frame.
      flushSync(() =>
        store.getState().startPrint({ startedAt: new Date().toISOString(), source: 'browser' }),
      );
    };
    const onAfterPrint = () => store.getState().endPrint();
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    // From now on a print gets the full pages; until then, print-view's fallback styles apply.
    document.documentElement.dataset.printReady = '';
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
      delete document.documentElement.dataset.printReady;
    };
  }, [store]);

  // Export → Print: the view is drawn (synchronously, no image to decode), so open the dialog.
  const opened = useRef<PrintJob | null>(null);
  useEffect(() => {
    if (printing?.source !== 'menu' || opened.current === printing) return;
    opened.current = printing;
    window.print();
  }, [printing]);

  return printing ? <PrintPages job={printing} /> : null;
}

function PrintPages({ job }: { job: PrintJob }) {
  const organization = useOrgStore((s) => s.organization);
  const layout = useOrgStore((s) => s.layout);
  const collapsedIds = useOrgStore((s) => s.collapsedIds);
  const childPages = useOrgStore((s) => s.childPages);
  const printLayout = useOrgStore((s) => s.printLayout);
  const selectedId = useOrgStore((s) => s.selectedId);
  const query = useOrgStore((s) => s.query);
  const functions = useOrgStore((s) => s.functions);
  const index = useOrgStore(selectIndex);
  const match = useFilterMatch();
  const date = useMemo(() => new Date(job.startedAt), [job.startedAt]);
  const picture = useMemo(
    () =>
      printPicture(
        {
          view: { organization, layout, collapsedIds, selectedId, query, functions, childPages },
          match,
        },
        date,
        printLayout,
      ),
    [
      organization,
      layout,
      collapsedIds,
      selectedId,
      query,
      functions,
      childPages,
      match,
      date,
      printLayout,
    ],
  );
  const { poster } = picture;
  const units = index.order.slice(1).map((id) => index.byId.get(id)!);
  const filters = match.active ? filterLine(query, functions, match.functionMode) : null;
  return (
    <div className="print-view">
      {poster ? (
        <>
          <section className="print-chart print-chart--poster-overview">
            <p className="poster-page__label">
              {organization.name} · poster overview: {poster.pages.length} pages on a grid{' '}
              {poster.plan.columns} across × {poster.plan.rows} down (pages with nothing on them are
              left out)
            </p>
            <div
              className="print-chart__picture"
              role="img"
              aria-label={`Organisation chart of ${organization.name}, with the poster's pages`}
              // Our own SVG writer's output: every text in it is escaped.
              dangerouslySetInnerHTML={{ __html: picture.overview }}
            />
          </section>
          {poster.pages.map((page) => (
            <section className="poster-page" key={page.caption}>
              <p className="poster-page__label">
                <strong>{page.caption}</strong> · {organization.name}
              </p>
              <div
                className="poster-page__picture"
                role="img"
                aria-label={`Part ${page.caption} of the organisation chart`}
                style={{ width: `${page.width}mm`, height: `${page.height}mm` }}
                // Our own SVG writer's output: every text in it is escaped.
                dangerouslySetInnerHTML={{ __html: page.svg }}
              />
            </section>
          ))}
        </>
      ) : (
        <section className="print-chart">
          <div
            className="print-chart__picture"
            role="img"
            aria-label={`Organisation chart of ${organization.name}`}
            // Our own SVG writer's output: every text in it is escaped.
            dangerouslySetInnerHTML={{ __html: picture.overview }}
          />
        </section>
      )}
      <section className="print-handbook">
        <h1>{organization.name}</h1>
        <p className="print-handbook__meta">
          {officeCount(units.length)} · {dutyCount(countDuties(organization))} ·{' '}
          {exportedLine(date)}
          {filters ? ` · ${filters}` : ''}
        </p>
        <p className="print-handbook__meta">{sourceLine(organization.attribution)}</p>
        {units.map((office) => (
          <HandbookEntry
            key={office.id}
            office={office}
            level={(index.depthOf.get(office.id) ?? 1) + 1}
            officeMatch={match.active ? match.offices.get(office.id) : undefined}
          />
        ))}
      </section>
    </div>
  );
}

function HandbookEntry({
  office,
  level,
  officeMatch,
}: {
  office: Office;
  level: number;
  officeMatch: OfficeMatch | undefined;
}) {
  const Heading = level <= 2 ? 'h2' : level === 3 ? 'h3' : 'h4';
  const byIndex = new Map(officeMatch?.duties.map((d) => [d.index, d.ranges]));
  return (
    <article className="print-entry">
      <Heading>{office.name}</Heading>
      {office.duties.length === 0 ? (
        <p>The source lists no duties for this unit.</p>
      ) : (
        <ol>
          {office.duties.map((duty, i) => {
            const skipped = skippedBefore(office, i);
            return (
              <li key={`${duty.number}-${i}`} value={duty.number}>
                {skipped.length > 0 && <em>(No item {skipped.join(', ')} in the source.) </em>}
                <HighlightedText text={duty.text} ranges={byIndex.get(i) ?? []} />
              </li>
            );
          })}
        </ol>
      )}
    </article>
  );
}
