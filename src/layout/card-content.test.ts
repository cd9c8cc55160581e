import { describe, expect, it } from 'vitest';
import { cardContent, countsText, type CardState } from './card-content.ts';
import { CARD_METRICS } from './card-metrics.ts';
import type { OfficeNodeData } from './to-flow.ts';

const facts = (overrides: Partial<OfficeNodeData> = {}): OfficeNodeData => ({
  name: 'Loan Management Office',
  dutyCount: 11,
  isRoot: false,
  unitCount: 0,
  hidden: 0,
  ...overrides,
});

const noFilter: CardState['match'] = {
  active: false,
  offices: new Map(),
  matchedDuties: 0,
  functionIds: [],
};

/** A filter under which `loans` has `own` matches and `branch` in its whole branch. */
function filtered(own: number, branch = own): Pick<CardState, 'match' | 'branchMatches'> {
  return {
    match: {
      active: true,
      offices: new Map([['loans', { matched: own } as never]]),
      matchedDuties: 40,
      functionIds: ['risk'],
    },
    branchMatches: new Map([['loans', branch]]),
  };
}

const state = (overrides: Partial<CardState> = {}): CardState => ({
  selected: false,
  match: noFilter,
  branchMatches: null,
  profile: [],
  ...overrides,
});

describe('cardContent', () => {
  it('shows the duty count, names the card by its visible text, and dims nothing unfiltered', () => {
    const card = cardContent('loans', facts(), state());
    expect(card.rows).toEqual([[{ kind: 'counts', text: '11 duties' }]]);
    expect(card.label).toBe('Loan Management Office, 11 duties');
    expect(card.dimmed).toBe(false);
    expect(card.nameLines).toBe(CARD_METRICS.maxNameLines);
  });

  it('badges the matches and puts them in the name, in the order they are seen', () => {
    const card = cardContent('loans', facts(), state(filtered(3)));
    expect(card.rows).toEqual([
      [
        { kind: 'counts', text: '11 duties' },
        { kind: 'match', text: '3 match' },
      ],
    ]);
    expect(card.label).toBe('Loan Management Office, 11 duties, 3 match');
    expect(card.dimmed).toBe(false);
  });

  it('says what lies below on a second row, and gives the name a line less for it', () => {
    const card = cardContent('loans', facts({ hidden: 12 }), state(filtered(0, 4)));
    expect(card.rows).toEqual([
      [{ kind: 'counts', text: '11 duties' }],
      [
        { kind: 'below', text: '+4 below' },
        { kind: 'hidden', text: '12 units hidden' },
      ],
    ]);
    // Matches below keep a unit in the filter.
    expect(card.dimmed).toBe(false);
    expect(card.label).toBe('Loan Management Office, 11 duties, +4 below, 12 units hidden');
    expect(card.nameLines).toBe(2);
  });

  it('dims a unit with no match in it or below it, but never the root', () => {
    expect(cardContent('loans', facts(), state(filtered(0))).dimmed).toBe(true);
    const root = cardContent(
      'loans',
      facts({ isRoot: true, unitCount: 13, dutyCount: 102 }),
      state(filtered(0, 9)),
    );
    expect(root.dimmed).toBe(false);
    // The root counts every match and never says "below".
    expect(root.rows).toEqual([
      [
        { kind: 'counts', text: '13 offices · 102 duties' },
        { kind: 'match', text: '40 match' },
      ],
    ]);
    expect(root.label).toBe(`Loan Management Office, 13 offices · 102 duties, 40 match`);
  });

  it("writes the root's counts short from ten thousand, so they and the badge keep one row", () => {
    const root = cardContent(
      'loans',
      facts({ isRoot: true, unitCount: 10_001, dutyCount: 50_005 }),
      { ...state(filtered(0, 9)), match: { ...filtered(0).match, matchedDuties: 10_001 } },
    );
    expect(root.rows).toEqual([
      [
        { kind: 'counts', text: '10K offices · 50K duties' },
        { kind: 'match', text: '10K match' },
      ],
    ]);
    // Other cards keep exact figures: their row has room.
    const office = cardContent('loans', facts({ dutyCount: 12_345 }), state());
    expect(office.rows).toEqual([[{ kind: 'counts', text: '12,345 duties' }]]);
  });

  it('keeps the functions it knows in the profile, marks the active ones and titles each part', () => {
    const card = cardContent(
      'loans',
      facts(),
      state({
        ...filtered(1),
        profile: [
          { id: 'risk', count: 3 },
          { id: 'no-such-function', count: 2 },
          { id: 'audit', count: 0 },
        ],
      }),
    );
    expect(card.profile).toHaveLength(1);
    expect(card.profile[0]).toMatchObject({ id: 'risk', count: 3, active: true });
    expect(card.profile[0]!.title).toMatch(/: 3 duties$/);
    expect(cardContent('root', facts({ isRoot: true }), state()).profile).toEqual([]);
  });

  it('passes the selection through', () => {
    expect(cardContent('loans', facts(), state({ selected: true })).selected).toBe(true);
  });
});

describe('countsText', () => {
  it('counts offices and duties on the root, duties elsewhere, in the right number', () => {
    expect(countsText({ isRoot: true, unitCount: 1, dutyCount: 1 })).toBe('1 office · 1 duty');
    expect(countsText({ isRoot: false, unitCount: 4, dutyCount: 1_234 })).toBe('1,234 duties');
  });
});
