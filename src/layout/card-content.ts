/**
 * What a chart card says and how it looks, in every state: its name, its counts, the badges for
 * matches in it and below it and for units its collapse hides, whether it is dimmed or selected,
 * its function profile, and its accessible name. `OfficeNode` on screen and the export picture
 * both render from this, so they show the same cards.
 */
import { dutyCount, formatCount, formatShortCount } from '../model/format.ts';
import { functionById } from '../search/functions.ts';
import type { FunctionCount } from '../search/function-counts.ts';
import type { OrganizationMatch } from '../search/match.ts';
import { nameLinesFor } from './card-metrics.ts';
import type { OfficeNodeData } from './to-flow.ts';

/**
 * One piece of a card's foot: its own counts, the matches in it, the matches further down its
 * branch, or the units its collapse hides.
 */
export interface CardItem {
  kind: 'counts' | 'match' | 'below' | 'hidden';
  text: string;
}

/** One function's share of a card's profile bar. */
export interface CardProfilePart {
  /** The function's id. */
  id: string;
  count: number;
  /** The function is one of the active filter's functions. */
  active: boolean;
  /** e.g. "Risk management: 3 duties". */
  title: string;
}

export interface CardContent {
  name: string;
  isRoot: boolean;
  selected: boolean;
  /** Outside the filter: neither the unit nor anything below it matches. */
  dimmed: boolean;
  /**
   * The foot, row by row: first the unit's counts and its matches, then (when there is any) what
   * lies below it. Each row is one line, so a card's height never depends on text widths.
   */
  rows: CardItem[][];
  profile: CardProfilePart[];
  /** Lines the name may take before it is cut, given the rows and the profile bar. */
  nameLines: number;
  /**
   * The accessible name the card's text gives it: the visible text in reading order, parts joined
   * by commas only a screen reader hears, so it both reads well and is what a sighted user sees
   * (WCAG 2.5.3 Label in Name).
   */
  label: string;
}

/** What the card's state depends on besides its unit. */
export interface CardState {
  selected: boolean;
  match: Pick<OrganizationMatch, 'active' | 'offices' | 'matchedDuties' | 'functionIds'>;
  /** Matching duties per unit, summed over its branch; null when no filter is active. */
  branchMatches: ReadonlyMap<string, number> | null;
  /** The unit's function profile (see `functionProfile`); ignored for the root. */
  profile: readonly FunctionCount[];
}

/**
 * The counts a card shows, e.g. "11 duties", or "13 offices · 102 duties" on the root. The root's
 * row also holds the match badge, so from ten thousand its counts are written short ("100K
 * offices · 500K duties"): exact, the three would not fit its one line (the header and the filter
 * summary give the exact figures).
 */
export function countsText(facts: Pick<OfficeNodeData, 'isRoot' | 'unitCount' | 'dutyCount'>) {
  return facts.isRoot
    ? `${formatShortCount(facts.unitCount, 'office')} · ${formatShortCount(facts.dutyCount, 'duty', 'duties')}`
    : dutyCount(facts.dutyCount);
}

/** Decides what the card for unit `id` shows, from its layout facts and the view's state. */
export function cardContent(id: string, facts: OfficeNodeData, state: CardState): CardContent {
  const { match } = state;
  const matched = match.active ? (match.offices.get(id)?.matched ?? 0) : null;
  const inBranch = state.branchMatches?.get(id) ?? 0;
  const below = matched === null || facts.isRoot ? 0 : inBranch - matched;
  const shownMatches = facts.isRoot ? match.matchedDuties : (matched ?? 0);

  const own: CardItem[] = [{ kind: 'counts', text: countsText(facts) }];
  if (matched !== null && shownMatches > 0) {
    const format = facts.isRoot ? formatShortCount : formatCount;
    own.push({ kind: 'match', text: format(shownMatches, 'match', 'match') });
  }
  const under: CardItem[] = [];
  if (below > 0) under.push({ kind: 'below', text: `+${formatCount(below, 'below', 'below')}` });
  if (facts.hidden > 0) {
    under.push({ kind: 'hidden', text: `${formatCount(facts.hidden, 'unit')} hidden` });
  }
  const rows = under.length > 0 ? [own, under] : [own];

  const profile = facts.isRoot
    ? []
    : state.profile.flatMap((part): CardProfilePart[] => {
        const tag = functionById(part.id);
        if (!tag || !(part.count > 0)) return [];
        return [
          {
            id: part.id,
            count: part.count,
            active: match.functionIds.includes(part.id),
            title: `${tag.label}: ${dutyCount(part.count)}`,
          },
        ];
      });

  return {
    name: facts.name,
    isRoot: facts.isRoot,
    selected: state.selected,
    dimmed: matched === 0 && below <= 0 && !facts.isRoot,
    rows,
    profile,
    nameLines: nameLinesFor(facts.isRoot, rows.length, profile.length > 0),
    label: [facts.name, ...rows.flat().map((item) => item.text)].join(', '),
  };
}

/** Every text a card shows after its name, in reading order (for tests and comparisons). */
export const cardTexts = (content: CardContent): string[] =>
  content.rows.flat().map((item) => item.text);
