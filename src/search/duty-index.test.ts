import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../../scripts/generate-organization.mjs';
import { parseOrganizationJson } from '../data/json/read-json.ts';
import { indexOrganization, type Office, type Organization } from '../model/organization.ts';
import { branchTotals } from '../model/tree.ts';
import { shanghaiCenter } from '../testing/factories.ts';
import { countedMatch } from './counted-match.ts';
import {
  buildDutyIndex,
  countMatches,
  indexAllFunctions,
  indexFunctionsStepwise,
  indexWordStarts,
  prepareNextLetter,
} from './duty-index.ts';
import { functionReach } from './function-counts.ts';
import { matchOrganization, parseQuery, type FunctionMode } from './match.ts';

function generated(units: number): Organization {
  const { organization } = parseOrganizationJson(
    JSON.stringify(generateOrganization({ units, seed: 7 })),
  );
  return organization!;
}

const unit = (id: string, duties: string[], children: Office[] = []): Office => ({
  id,
  name: id,
  duties: duties.map((text, i) => ({ number: i + 1, text })),
  missingNumbers: [],
  children,
});

/** Text the fast paths treat differently: accents, CJK, curly quotes, odd spaces, punctuation. */
const awkward: Organization = {
  name: 'Awkward',
  attribution: { title: 'Awkward' },
  root: unit(
    'root',
    ['Café  rénovation — “risk” review', '上海公积金 管理', ''],
    [
      unit('a', ['asterisk and risks', 'C++ audits, (audit) & e-mail'], [unit('a1', ['Risk'])]),
      unit('b', ['non-performing loans', 'due\u00a0diligence of risk', 'ＲＩＳＫ wide']),
      unit('c', []),
      unit('d', ['𝐑isk 𠀀字 risk', '\u{1F600}risk and 😀 audit', 'x-ray r']),
    ],
  ),
};

const QUERIES = [
  '',
  'p',
  'risk',
  'ris',
  'audit risk',
  '"due diligence"',
  '"of risk',
  'café',
  '上海',
  '管理',
  '++',
  'r',
  '𝐑isk',
  '𠀀',
  'e-mail',
  'zzz',
  'ＲＩＳＫ',
  "'risk'",
];
const FUNCTION_SETS: string[][] = [
  [],
  ['risk'],
  ['audit', 'loans'],
  ['risk', 'audit', 'complaints'],
  ['unknown'],
];
const MODES: FunctionMode[] = ['any', 'all'];

describe('the worker-built filter index', () => {
  for (const [label, organization] of [
    ['the Center', shanghaiCenter()],
    ['a generated organisation', generated(120)],
    ['awkward text', awkward],
  ] as const) {
    for (const lookup of ['scanning the text', 'where words start'] as const) {
      it(`counts exactly what matchOrganization matches, in ${label}, ${lookup}`, () => {
        const index = indexOrganization(organization);
        const dutyIndex = buildDutyIndex(organization);
        if (lookup === 'where words start') indexWordStarts(dutyIndex);
        indexAllFunctions(dutyIndex);
        for (const input of QUERIES) {
          const query = parseQuery(input);
          const reach = functionReach(organization, query);
          for (const functions of FUNCTION_SETS) {
            for (const mode of MODES) {
              const expected = matchOrganization(organization, query, functions, mode);
              const counts = countMatches(dutyIndex, input, functions, mode);
              const actual = countedMatch(index, counts, query, functions, mode);
              const what = `${input} / ${functions.join('+')} / ${mode}`;
              expect(actual.active, what).toBe(expected.active);
              expect(actual.functionIds, what).toEqual(expected.functionIds);
              expect(actual.matchedOfficeIds, what).toEqual(expected.matchedOfficeIds);
              expect(actual.matchedDuties, what).toBe(expected.matchedDuties);
              expect(actual.totalDuties, what).toBe(expected.totalDuties);
              expect(actual.offices.size, what).toBe(expected.offices.size);
              for (const [id, office] of expected.offices) {
                const got = actual.offices.get(id)!;
                expect(
                  {
                    matched: got.matched,
                    total: got.total,
                    duties: got.duties,
                    missing: got.missingFunctions,
                  },
                  `${what} in ${id}`,
                ).toEqual({
                  matched: office.matched,
                  total: office.total,
                  duties: office.duties,
                  missing: office.missingFunctions,
                });
              }
              if (expected.active) {
                const totals = branchTotals(index, (id) => expected.offices.get(id)?.matched ?? 0);
                expect(new Map(actual.branchTotals), what).toEqual(totals);
              }
              expect(actual.reach, what).toEqual(reach);
            }
          }
        }
      }, 30_000);
    }
  }

  it('finds the function terms where words start, first of all, when indexing step by step', () => {
    const dutyIndex = buildDutyIndex(generated(40));
    const steps = indexFunctionsStepwise(dutyIndex);
    expect(steps.next()).toEqual({ value: 0, done: false });
    expect(dutyIndex.wordStarts).not.toBeNull();
    // Each list is ascending, and every entry is a word start with that first letter.
    for (const [unit, starts] of dutyIndex.wordStarts!) {
      for (let k = 0; k < starts.length; k++) {
        expect(dutyIndex.folded.charCodeAt(starts[k]!)).toBe(unit);
        if (k > 0) expect(starts[k]!).toBeGreaterThan(starts[k - 1]!);
      }
    }
    const words = dutyIndex.folded.match(/(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}\p{M}]/gu)!.length;
    const listed = [...dutyIndex.wordStarts!.values()].reduce((sum, l) => sum + l.length, 0);
    expect(listed).toBe(words);
  });

  for (const between of ['nothing', 'the next letter readied'] as const) {
    it(`answers as matching does while a term is typed a letter at a time, and deleted again, with ${between} between keys`, () => {
      // Each keystroke's term narrows the word starts the one before it found (kept per index),
      // or finds them grouped already by the letter after the last term.
      const organization = generated(120);
      const index = indexOrganization(organization);
      const dutyIndex = buildDutyIndex(organization);
      indexWordStarts(dutyIndex);
      indexAllFunctions(dutyIndex);
      const typed = ['r', 'ri', 'ris', 'risk', 'riskx', 'risk', 'ris', 'rise', 'ri', 'r', ''];
      const inputs = [
        ...typed,
        'a',
        'au',
        'audit ri',
        'audit ris',
        'au ri',
        'risk audit',
        '"risk au',
        '"risk aud',
      ];
      for (const input of inputs) {
        for (const functions of [[], ['loans']]) {
          const query = parseQuery(input);
          const expected = matchOrganization(organization, query, functions);
          const counts = countMatches(dutyIndex, input, functions, 'any');
          const actual = countedMatch(index, counts, query, functions, 'any');
          const what = `${input} / ${functions.join('+')}`;
          expect(actual.matchedDuties, what).toBe(expected.matchedDuties);
          expect(actual.matchedOfficeIds, what).toEqual(expected.matchedOfficeIds);
        }
        if (between === 'the next letter readied') prepareNextLetter(dutyIndex, input);
      }
    });
  }

  it('never lets a match run from one duty into the next', () => {
    const organization: Organization = {
      name: 'O',
      attribution: { title: 'O' },
      root: unit('root', ['plan ri', 'sk review']),
    };
    const counts = countMatches(buildDutyIndex(organization), '"ri sk"', [], 'any');
    expect(counts.matchedDuties).toBe(0);
  });

  it('indexes a function when a filter needs it, and counts the chips once all are indexed', () => {
    const organization = shanghaiCenter();
    const dutyIndex = buildDutyIndex(organization);
    const early = countMatches(dutyIndex, 'risk', ['audit'], 'any');
    expect(early.reach).toBeNull();
    expect(dutyIndex.functionsIndexed.filter(Boolean)).toHaveLength(1);
    const expected = matchOrganization(organization, parseQuery('risk'), ['audit']);
    expect(early.matchedDuties).toBe(expected.matchedDuties);
    indexAllFunctions(dutyIndex);
    expect(countMatches(dutyIndex, 'risk', [], 'any').reach).not.toBeNull();
  });

  it('reports its progress from 0 to 1', () => {
    const seen: number[] = [];
    buildDutyIndex(generated(50), (fraction) => seen.push(fraction));
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });
});
