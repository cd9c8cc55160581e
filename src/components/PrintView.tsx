import './print-view.css';
import { useEffect } from 'react';
import { useFilterMatch } from '../app/filter-context.ts';
import { dutyCount, officeCount } from '../model/format.ts';
import { countDuties, type Office } from '../model/organization.ts';
import { useOrgStore } from '../store/org-store.ts';
import { selectIndex } from '../store/selectors.ts';
import type { OfficeMatch } from '../search/match.ts';
import { HighlightedText } from './HighlightedText.tsx';

/**
 * What "Print or save as PDF" prints: the whole chart on one landscape page, then every unit with
 * its duties as a handbook. Rendered only while printing; hidden on screen by styles.css.
 */
export function PrintView() {
  const printing = useOrgStore((s) => s.printing);
  const endPrint = useOrgStore((s) => s.endPrint);
  const organization = useOrgStore((s) => s.organization);
  const index = useOrgStore(selectIndex);
  const match = useFilterMatch();

  useEffect(() => {
    if (!printing) return;
    let cancelled = false;
    const image = new Image();
    image.src = printing.chartUrl;
    // The chart must be decoded before the print snapshot is taken, or the page comes out blank.
    image
      .decode()
      .catch(() => undefined)
      .then(() => {
        if (cancelled) return;
        window.print();
      });
    const onAfterPrint = () => endPrint();
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      cancelled = true;
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, [printing, endPrint]);

  if (!printing) return null;
  const units = index.order.slice(1).map((id) => index.byId.get(id)!);
  return (
    <div className="print-view">
      <section className="print-chart">
        <img src={printing.chartUrl} alt={`Organisation chart of ${organization.name}`} />
      </section>
      <section className="print-handbook">
        <h1>{organization.name}</h1>
        <p className="print-handbook__meta">
          {officeCount(units.length)} · {dutyCount(countDuties(organization))} · {printing.dateLine}
          {printing.filterLine ? ` · ${printing.filterLine}` : ''}
        </p>
        <p className="print-handbook__meta">Source: {printing.sourceLine}</p>
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
            const previous = office.duties[i - 1]?.number ?? 0;
            const skipped = office.missingNumbers.filter((n) => n > previous && n < duty.number);
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
