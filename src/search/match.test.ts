import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShanghaiCenter } from '../data/shanghai.ts';
import type { Office, Organization } from '../model/organization.ts';
import { DUTY_FUNCTIONS, functionById } from './functions.ts';
import {
  EMPTY_QUERY,
  MAX_QUERY_LENGTH,
  buildSearchIndex,
  functionsOfDuty,
  isEmptyQuery,
  matchDuties,
  matchFunction,
  matchOrganization,
  matchText,
  mergeRanges,
  parseQuery,
  resolveOverlaps,
  segmentText,
  type Range,
} from './match.ts';
import { functionProfile } from './function-counts.ts';
import { prepareText } from './normalize.ts';

/** The matched substrings, read back from the ORIGINAL text by the returned offsets. */
const found = (text: string, input: string): string[] | null =>
  matchText(text, parseQuery(input))?.map((r) => text.slice(r.start, r.end)) ?? null;

const matches = (text: string, input: string) => matchText(text, parseQuery(input)) !== null;

const makeOffice = (id: string, duties: string[], children: Office[] = []): Office => ({
  id,
  name: id,
  duties: duties.map((text, i) => ({ number: i + 1, text })),
  missingNumbers: [],
  children,
});

const makeOrg = (...offices: Office[]): Organization => ({
  name: 'Test',
  root: makeOffice('root', [], offices),
  attribution: { title: 'Test' },
});

describe('parseQuery', () => {
  it('treats empty and whitespace-only input as no query', () => {
    for (const input of ['', ' ', '\t\n  ', '\u00a0\u3000', '""', '" "', '"']) {
      const query = parseQuery(input);
      expect(isEmptyQuery(query), JSON.stringify(input)).toBe(true);
      expect(query.truncated).toBe(false);
    }
    expect(isEmptyQuery(EMPTY_QUERY)).toBe(true);
  });

  it('splits words and quoted phrases, lowercased, trimmed and de-duplicated', () => {
    const query = parseQuery('  Risk  "Audit   Plans"  risk AUDIT ');
    expect(query.terms.map((t) => [t.text, t.phrase])).toEqual([
      ['risk', false],
      ['audit plans', true],
      ['audit', false],
    ]);
  });

  it('reads curly double quotes as phrase marks and curly apostrophes as straight', () => {
    expect(parseQuery('“audit plans” center’s').terms.map((t) => t.text)).toEqual([
      'audit plans',
      "center's",
    ]);
  });

  it('runs an unclosed quote to the end, as when someone is still typing the phrase', () => {
    expect(parseQuery('loan "audit pla').terms.map((t) => [t.text, t.phrase])).toEqual([
      ['loan', false],
      ['audit pla', true],
    ]);
    expect(parseQuery('risk"management"').terms.map((t) => t.text)).toEqual(['risk', 'management']);
  });

  it('drops quoting apostrophes and list commas around words but keeps them inside', () => {
    expect(parseQuery("'risk', audit; don't").terms.map((t) => t.text)).toEqual([
      'risk',
      'audit',
      "don't",
    ]);
    expect(parseQuery("' ,").terms.map((t) => t.text)).toEqual(["'", ',']);
  });

  it('folds compatibility forms (full-width letters, ligatures) with NFKC', () => {
    expect(parseQuery('ＲＩＳＫ ﬁnance').terms.map((t) => t.text)).toEqual(['risk', 'finance']);
  });

  it('caps long input, says so, and never splits a surrogate pair', () => {
    const long = parseQuery('risk '.repeat(2000));
    expect(long.truncated).toBe(true);
    expect(long.terms.map((t) => t.text)).toEqual(['risk']);
    expect(parseQuery('a'.repeat(MAX_QUERY_LENGTH)).truncated).toBe(false);

    const emoji = parseQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`);
    expect(emoji.truncated).toBe(true);
    expect(emoji.terms[0]!.text).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });
});

describe('matching at word starts', () => {
  it('finds a word at the start of longer words, never inside one', () => {
    expect(found('Risks, risky, Risk-based', 'risk')).toEqual(['Risk', 'risk', 'Risk']);
    expect(matches('an asterisk', 'risk')).toBe(false);
    expect(found('audits and auditing', 'audit')).toEqual(['audit', 'audit']);
    expect(matches('the flaw', 'law')).toBe(false);
  });

  it('ignores case in both the query and the text', () => {
    expect(found('RISK management', 'Risk')).toEqual(['RISK']);
    expect(found('risk management', 'RISK')).toEqual(['risk']);
  });

  it('requires every word, each anywhere in the text', () => {
    const text = 'Responsible for the comprehensive risk management of the provident fund';
    expect(found(text, 'fund risk')).toEqual(['risk', 'fund']);
    expect(matches(text, 'risk loan')).toBe(false);
  });

  it('matches a quoted phrase as written, with whitespace normalised on both sides', () => {
    const text = 'preparing and executing annual audit  plans\nand special\taudit plans';
    expect(found(text, '"audit plans"')).toEqual(['audit  plans', 'audit plans']);
    expect(found(text, '"audit     plans"')).toEqual(['audit  plans', 'audit plans']);
    expect(matches(text, '"plans audit"')).toBe(false);
    expect(matches('annual subaudit plans', '"audit plans"')).toBe(false);
  });

  it('treats hyphens as word boundaries and matches hyphenated words as typed', () => {
    expect(found('e-commerce and risk-based', 'e-commerce')).toEqual(['e-commerce']);
    expect(found('e-commerce', 'commerce')).toEqual(['commerce']);
    expect(found('anti-corruption work', 'corruption')).toEqual(['corruption']);
    expect(found('value-added income', '"value-added income"')).toEqual(['value-added income']);
  });

  it('treats straight and curly apostrophes alike, in query and text', () => {
    expect(found('the center’s plan', 'center')).toEqual(['center']);
    expect(found('the center’s plan', "center's")).toEqual(['center’s']);
    expect(found("the center's plan", 'center’s')).toEqual(["center's"]);
    expect(found('the center‘s plan', 'center’s')).toEqual(['center‘s']);
    expect(found('the party’s political theory', "party's")).toEqual(['party’s']);
  });

  it('matches other punctuation literally, wherever it is', () => {
    expect(found('Internet+ platform', 'internet+')).toEqual(['Internet+']);
    expect(found('units (after completion)', '(after')).toEqual(['(after']);
    expect(found('a "quoted" word', 'quoted')).toEqual(['quoted']);
  });
});

describe('metacharacters are never a pattern', () => {
  const text = 'see [1] (a|b) c:\\path * .* $^ a.b? x+y ^z$ {2} end.';
  const cases: [string, string[] | null][] = [
    ['[', ['[']],
    ['[1]', ['[1]']],
    ['(', ['(']],
    ['(a|b)', ['(a|b)']],
    ['\\', ['\\']],
    ['c:\\path', ['c:\\path']],
    ['|', ['|']],
    ['*', ['*', '*']],
    ['.*', ['.*']],
    ['$^', ['$^']],
    ['a.b?', ['a.b?']],
    ['x+y', ['x+y']],
    ['^z$', ['^z$']],
    ['{2}', ['{2}']],
    ['a.c', null],
    ['.', ['.', '.', '.']],
    ['?', ['?']],
    ['+', ['+']],
    ['^', ['^', '^']],
    ['$', ['$', '$']],
    [')', [')']],
    ['[a-z]', null],
    ['(?<=x)', null],
    ['\\d', null],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(() => parseQuery(input)).not.toThrow();
    expect(found(text, input)).toEqual(expected);
  });

  it('does not throw on regex-breaking input against the real duties', () => {
    const org = loadShanghaiCenter(
      readFileSync(new URL('../data/internal-organizations.txt', import.meta.url), 'utf8'),
    );
    for (const input of ['[', '(', '\\', '|', '*', '.*', '$^', '(?', '[[', '\\\\', ')(', '+?']) {
      expect(() => matchOrganization(org, parseQuery(input))).not.toThrow();
    }
  });
});

describe('offsets point into the original text', () => {
  it('survive characters whose folded form is longer or shorter', () => {
    // "İ" lowercases to two UTF-16 units; "ﬁ" becomes "fi"; full-width letters fold to ASCII.
    const text = 'İİ İstanbul ﬁnance ＲＩＳＫ risk';
    expect(found(text, 'risk')).toEqual(['ＲＩＳＫ', 'risk']);
    expect(found(text, 'finance')).toEqual(['ﬁnance']);
    expect(found(text, 'İstanbul')).toEqual(['İstanbul']);
    for (const range of matchText(text, parseQuery('risk finance istanbul İstanbul')) ?? []) {
      expect(range.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('survive curly quotes, collapsed whitespace and decomposed accents', () => {
    const text = '“Café”  and  cafe\u0301 — the center’s   audit \n plans';
    expect(found(text, 'café')).toEqual(['Café', 'cafe\u0301']);
    expect(found(text, '"audit plans"')).toEqual(['audit \n plans']);
    expect(found(text, '"center\'s audit"')).toEqual(['center’s   audit']);
  });

  it('are the same whether the text is prepared once or passed as a string', () => {
    const text = 'the center’s risk';
    const query = parseQuery('risk center');
    expect(matchText(prepareText(text), query)).toEqual(matchText(text, query));
  });
});

describe('emoji, Chinese and odd input', () => {
  it('matches emoji and text around them without throwing', () => {
    const text = '🎉 risk 👩‍👩‍👧 audit 🎉';
    expect(found(text, '🎉')).toEqual(['🎉', '🎉']);
    expect(found(text, 'risk audit')).toEqual(['risk', 'audit']);
    expect(found(text, '👩‍👩‍👧')).toEqual(['👩‍👩‍👧']);
  });

  it('treats every Chinese character as a possible word start', () => {
    const text = '住房公积金风险管理和审计';
    expect(found(text, '风险')).toEqual(['风险']);
    expect(found(text, '公积金 审计')).toEqual(['公积金', '审计']);
    expect(found('风险risk管理', 'risk')).toEqual(['risk']);
    expect(matches(text, '风控')).toBe(false);
  });

  it('does not throw on lone surrogates or control characters', () => {
    const odd = 'a\ud800b \udc00 c\u0000d\u200b';
    expect(() => matchText(odd, parseQuery(odd))).not.toThrow();
    expect(() => matchText('risk', parseQuery('\ud800'))).not.toThrow();
  });

  it('handles 10,000 pasted characters quickly', () => {
    const pasted = Array.from({ length: 10_000 }, (_, i) => '[(\\|*.?+^$ab😀风"'[i % 17]).join('');
    const text = pasted.repeat(2);
    const started = performance.now();
    const query = parseQuery(pasted);
    matchText(text, query);
    matchText(text, parseQuery('a '.repeat(5000)));
    const elapsed = performance.now() - started;
    expect(query.truncated).toBe(true);
    // Generous: this takes a few milliseconds; the bound only catches a pathological slowdown.
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('ranges', () => {
  it('merges overlapping and touching occurrences of different terms', () => {
    const text = 'comprehensive risk management';
    expect(matchText(text, parseQuery('risk "risk management" man'))).toEqual([
      { start: 14, end: 29 },
    ]);
    expect(found('auditing', 'audit auditing aud')).toEqual(['auditing']);
  });

  it('returns null when a term is missing and no ranges for the empty query', () => {
    expect(matchText('risk', parseQuery('risk audit'))).toBeNull();
    expect(matchText('anything', EMPTY_QUERY)).toEqual([]);
  });

  it('sorts and merges with mergeRanges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 7 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 6, end: 9 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });

  it('resolves overlaps in favour of the earlier range', () => {
    expect(
      resolveOverlaps([
        { start: 4, end: 8, source: 'query' },
        { start: 0, end: 12, source: 'risk' },
        { start: 6, end: 10, source: 'audit' },
      ]),
    ).toEqual([
      { start: 0, end: 4, source: 'risk' },
      { start: 4, end: 8, source: 'query' },
      { start: 8, end: 12, source: 'risk' },
    ]);
  });
});

describe('segmentText', () => {
  const text = 'manage risk and audit';
  const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

  it('splits into before / match / after runs that rebuild the text', () => {
    const ranges = matchText(text, parseQuery('risk audit'))!.map((r) => ({
      ...r,
      source: 'query',
    }));
    const segments = segmentText(text, ranges);
    expect(segments.map((s) => [s.text, s.range?.source])).toEqual([
      ['manage ', undefined],
      ['risk', 'query'],
      [' and ', undefined],
      ['audit', 'query'],
    ]);
    expect(join(segments)).toBe(text);
  });

  it('returns the whole text as one plain run when nothing matched', () => {
    expect(segmentText(text, [])).toEqual([{ text }]);
    expect(segmentText('', [])).toEqual([]);
  });

  it('clamps out-of-range offsets, drops empty ranges and never overlaps', () => {
    const segments = segmentText('abcdef', [
      { start: -3, end: 2, source: 'a' },
      { start: 1, end: 4, source: 'b' },
      { start: 3, end: 3, source: 'c' },
      { start: 5, end: 99, source: 'd' },
    ]);
    expect(segments.map((s) => [s.text, s.range?.source])).toEqual([
      ['ab', 'a'],
      ['cd', 'b'],
      ['e', undefined],
      ['f', 'd'],
    ]);
  });

  it('keeps whole surrogate pairs and clusters inside a match', () => {
    const emoji = 'x 😀 risk';
    const segments = segmentText(emoji, matchText(emoji, parseQuery('😀'))!);
    expect(segments.map((s) => s.text)).toEqual(['x ', '😀', ' risk']);
  });
});

describe('functions on text', () => {
  const risk = functionById('risk')!;

  it('matchFunction finds any of the function terms at word starts', () => {
    const text = 'Risk control, liquidity and an asterisk';
    expect(matchFunction(text, risk).map((r) => text.slice(r.start, r.end))).toEqual([
      'Risk',
      'liquidity',
    ]);
    expect(matchFunction('nothing here', risk)).toEqual([]);
  });

  it('functionsOfDuty lists the functions in display order', () => {
    expect(functionsOfDuty('Loan risk management and audit')).toEqual(['risk', 'audit', 'loans']);
    expect(functionsOfDuty('Nothing relevant')).toEqual([]);
  });
});

describe('matching the real organisation', () => {
  const org = loadShanghaiCenter(
    readFileSync(new URL('../data/internal-organizations.txt', import.meta.url), 'utf8'),
  );
  const office = (id: string) => {
    const found = org.root.children.find((o) => o.id === id);
    if (!found) throw new Error(`no office ${id}`);
    return found;
  };
  const dutyText = (officeId: string, number: number) =>
    office(officeId).duties.find((d) => d.number === number)!.text;
  const numbersIn = (result: ReturnType<typeof matchOrganization>, officeId: string) =>
    result.offices.get(officeId)?.duties.map((d) => d.number);

  it('says no filter is active for an empty query and no functions', () => {
    for (const ids of [[], ['not-a-function']]) {
      const result = matchOrganization(org, parseQuery('   '), ids);
      expect(result.active).toBe(false);
      expect(result.offices.size).toBe(0);
      expect(result.matchedDuties).toBe(0);
      expect(result.totalDuties).toBe(102);
      expect(result.functionIds).toEqual([]);
    }
  });

  it('finds "risk" in the risk division and the Loan Management Office', () => {
    const result = matchOrganization(org, parseQuery('risk'));
    expect(result.active).toBe(true);
    expect(result.matchedOfficeIds).toEqual(
      expect.arrayContaining([
        'policies-regulations-and-risk-management-division',
        'loan-management-office',
      ]),
    );
    expect(numbersIn(result, 'policies-regulations-and-risk-management-division')).toEqual([4]);
    expect(numbersIn(result, 'loan-management-office')).toEqual([3, 4, 7]);
    expect(
      result.offices.get('party-committee-office-organization-and-personnel-department'),
    ).toMatchObject({ matched: 0, total: 7, duties: [] });
    // Every range is a real, word-start occurrence of "risk" in the original duty text.
    for (const [officeId, match] of result.offices) {
      for (const duty of match.duties) {
        const text = dutyText(officeId, duty.number);
        for (const range of duty.ranges) {
          expect(text.slice(range.start, range.end).toLowerCase()).toMatch(/^risk/);
          expect(range.source).toBe('query');
        }
      }
    }
  });

  it('matches the phrase "audit plans" in Discipline Inspection and Audit duty 3 only', () => {
    const result = matchOrganization(org, parseQuery('"audit plans"'));
    expect(result.matchedOfficeIds).toEqual(['discipline-inspection-and-audit-office']);
    expect(numbersIn(result, 'discipline-inspection-and-audit-office')).toEqual([3]);
    const duty = result.offices.get('discipline-inspection-and-audit-office')!.duties[0]!;
    const text = dutyText('discipline-inspection-and-audit-office', 3);
    expect(duty.ranges.map((r) => text.slice(r.start, r.end))).toEqual([
      'audit plans',
      'audit plans',
    ]);
    expect(duty.index).toBe(2);
  });

  it('finds "party’s" with a curly apostrophe typed as straight', () => {
    const result = matchOrganization(org, parseQuery("party's"));
    expect(
      numbersIn(result, 'party-committee-office-organization-and-personnel-department'),
    ).toEqual([2]);
  });

  it('combines text and a function as ALL, and several functions as ANY', () => {
    const only = (query: string, ids: string[]) =>
      matchOrganization(org, parseQuery(query), ids).matchedDuties;
    const riskText = only('risk', []);
    const loans = only('', ['loans']);
    const audit = only('', ['audit']);
    const housing = only('', ['housing']);
    const both = only('risk', ['loans']);
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(Math.min(riskText, loans));

    const either = matchOrganization(org, EMPTY_QUERY, ['audit', 'housing']);
    const index = buildSearchIndex(org);
    let expected = 0;
    for (const o of index.offices) {
      for (const d of o.duties) {
        const ids = functionsOfDuty(d.text);
        if (ids.includes('audit') || ids.includes('housing')) expected++;
      }
    }
    expect(either.matchedDuties).toBe(expected);
    expect(either.matchedDuties).toBeGreaterThanOrEqual(Math.max(audit, housing));
    expect(either.matchedDuties).toBeLessThanOrEqual(audit + housing);
    expect(either.functionIds).toEqual(['audit', 'housing']);
  });

  it('tags each range with its source, the query winning where they overlap', () => {
    const result = matchOrganization(org, parseQuery('risk'), ['risk', 'loans', 'bogus']);
    expect(result.functionIds).toEqual(['risk', 'loans']);
    const duty = result.offices.get('loan-management-office')!.duties.find((d) => d.number === 3)!;
    const text = dutyText('loan-management-office', 3);
    expect(duty.functions).toEqual(['risk', 'loans']);
    expect(duty.ranges.map((r) => [text.slice(r.start, r.end), r.source])).toEqual([
      ['loan', 'loans'],
      ['risk', 'query'],
    ]);
    for (let i = 1; i < duty.ranges.length; i++) {
      expect(duty.ranges[i]!.start).toBeGreaterThanOrEqual(duty.ranges[i - 1]!.end);
    }
  });

  it('filters by function alone, with function ranges', () => {
    const result = matchOrganization(org, EMPTY_QUERY, ['technology']);
    expect(result.active).toBe(true);
    const internet = result.offices.get('internet-development-office')!;
    expect(internet.matched).toBe(4);
    expect(internet.duties[0]!.ranges.every((r) => r.source === 'technology')).toBe(true);
  });

  it('matchDuties works on one office and agrees with the organisation result', () => {
    const loan = office('loan-management-office');
    const query = parseQuery('loan "risk management"');
    expect(matchDuties(loan, query, ['risk'])).toEqual(
      matchOrganization(org, query, ['risk']).offices.get('loan-management-office'),
    );
    const unfiltered = matchDuties(loan, EMPTY_QUERY);
    expect(unfiltered.matched).toBe(loan.duties.length);
    expect(unfiltered.duties.every((d) => d.ranges.length === 0)).toBe(true);
  });

  it('profiles an office by function, in display order, zeros left out', () => {
    const profile = functionProfile(office('loan-management-office'));
    expect(profile.find((p) => p.id === 'loans')?.count).toBe(11);
    expect(profile.map((p) => p.id)).toEqual(
      DUTY_FUNCTIONS.map((t) => t.id).filter((id) => profile.some((p) => p.id === id)),
    );
    expect(profile.every((p) => p.count > 0)).toBe(true);
    expect(functionProfile(org.root)).toEqual([]);
  });

  it('builds the index once per organisation', () => {
    expect(buildSearchIndex(org)).toBe(buildSearchIndex(org));
    expect(buildSearchIndex(org).offices.map((o) => o.office.id)[0]).toBe(org.root.id);
    expect(buildSearchIndex(org).totalDuties).toBe(102);
  });
});

describe('several functions: any of, all of', () => {
  // "both" does risk and audit in separate duties, "one-duty" in the same duty, "risk-only" and
  // "audit-only" one each, "neither" none.
  const org = makeOrg(
    makeOffice('both', [
      'Responsible for risk control;',
      'Responsible for audit plans;',
      'Responsible for meetings.',
    ]),
    makeOffice('one-duty', ['Responsible for the audit of risk management.']),
    makeOffice('risk-only', ['Responsible for liquidity risk;', 'Responsible for meetings.']),
    makeOffice('audit-only', ['Responsible for internal audit.']),
    makeOffice('neither', ['Responsible for meetings.']),
  );
  const ids = ['risk', 'audit'];

  it('"any of" matches units with a duty in either; it is the default', () => {
    const any = matchOrganization(org, EMPTY_QUERY, ids, 'any');
    expect(any.matchedOfficeIds).toEqual(['both', 'one-duty', 'risk-only', 'audit-only']);
    expect(any.matchedDuties).toBe(5);
    expect(any.functionMode).toBe('any');
    expect(matchOrganization(org, EMPTY_QUERY, ids)).toEqual(any);
    for (const office of any.offices.values()) expect(office.missingFunctions).toEqual([]);
  });

  it('"all of" matches units with duties in every function, in one duty or several', () => {
    const all = matchOrganization(org, EMPTY_QUERY, ids, 'all');
    expect(all.functionMode).toBe('all');
    expect(all.matchedOfficeIds).toEqual(['both', 'one-duty']);
    // A matching unit's duties in any of the functions count, and only those.
    expect(all.offices.get('both')).toMatchObject({ matched: 2, total: 3, missingFunctions: [] });
    expect(all.offices.get('both')!.duties.map((d) => d.functions)).toEqual([['risk'], ['audit']]);
    expect(all.offices.get('one-duty')!.duties.map((d) => d.functions)).toEqual([
      ['risk', 'audit'],
    ]);
    expect(all.matchedDuties).toBe(3);
  });

  it('"all of" says which functions a unit lacks, in the functions\' order', () => {
    const all = matchOrganization(org, EMPTY_QUERY, ['audit', 'risk'], 'all');
    expect(all.offices.get('risk-only')).toMatchObject({
      matched: 0,
      duties: [],
      missingFunctions: ['audit'],
    });
    expect(all.offices.get('audit-only')!.missingFunctions).toEqual(['risk']);
    expect(all.offices.get('neither')!.missingFunctions).toEqual(['risk', 'audit']);
  });

  it('"all of" needs the typed words in the duties that cover each function', () => {
    // "both" has "risk control" but its audit duty does not mention control.
    const control = matchOrganization(org, parseQuery('control'), ids, 'all');
    expect(control.matchedOfficeIds).toEqual([]);
    expect(control.offices.get('both')!.missingFunctions).toEqual(['audit']);
    const responsible = matchOrganization(org, parseQuery('responsible'), ids, 'all');
    expect(responsible.matchedOfficeIds).toEqual(['both', 'one-duty']);
  });

  it('"all of" with one function, or none, is the same as "any of"', () => {
    for (const only of [['risk'], ['audit'], [], ['risk', 'astrology']]) {
      const any = matchOrganization(org, EMPTY_QUERY, only, 'any');
      const all = matchOrganization(org, EMPTY_QUERY, only, 'all');
      expect({ ...all, functionMode: 'any' }).toEqual(any);
    }
  });

  it('matchDuties agrees with the organisation result in both modes', () => {
    for (const mode of ['any', 'all'] as const) {
      const result = matchOrganization(org, EMPTY_QUERY, ids, mode);
      for (const office of org.root.children) {
        expect(matchDuties(office, EMPTY_QUERY, ids, DUTY_FUNCTIONS, mode)).toEqual(
          result.offices.get(office.id),
        );
      }
    }
  });

  it('on the real Center: Risk + Audit is 9 offices as "any of", the 5 that do both as "all of"', () => {
    const center = loadShanghaiCenter(
      readFileSync(new URL('../data/internal-organizations.txt', import.meta.url), 'utf8'),
    );
    const any = matchOrganization(center, EMPTY_QUERY, ids, 'any');
    const all = matchOrganization(center, EMPTY_QUERY, ids, 'all');
    expect(any.matchedOfficeIds).toHaveLength(9);
    expect(all.matchedOfficeIds).toHaveLength(5);
    // Worked out independently: the offices with a risk duty and an audit duty.
    const index = buildSearchIndex(center);
    const expected = index.offices
      .filter(({ duties }) =>
        ids.every((id) => duties.some((d) => functionsOfDuty(d.text).includes(id))),
      )
      .map(({ office }) => office.id);
    expect(all.matchedOfficeIds).toEqual(expected);
    for (const id of all.matchedOfficeIds) {
      expect(all.offices.get(id)).toEqual(any.offices.get(id));
    }
    expect(all.matchedDuties).toBeLessThan(any.matchedDuties);
  });
});

describe('a large organisation', () => {
  it('indexes and searches 10,000 units of several duties without trouble', () => {
    const units = Array.from({ length: 10_000 }, (_, i) =>
      makeOffice(`unit-${i}`, [
        `Responsible for the risk management of unit ${i};`,
        'Responsible for audit plans and the center’s internal control;',
        'Responsible for loan approval and collateral management;',
        'Responsible for the 12329 service hotline and complaints;',
        'Responsible for official documents, archiving and meetings.',
      ]),
    );
    const org = makeOrg(...units);
    const started = performance.now();
    const index = buildSearchIndex(org);
    const result = matchOrganization(index, parseQuery('risk'), ['risk', 'audit']);
    const typed = matchOrganization(index, parseQuery('"audit plans" center'));
    const elapsed = performance.now() - started;
    expect(index.totalDuties).toBe(50_000);
    expect(result.matchedDuties).toBe(10_000);
    expect(typed.matchedDuties).toBe(10_000);
    // Generous: the point is no per-duty pattern compilation, not a benchmark.
    expect(elapsed).toBeLessThan(5000);
  });
});

describe('ranges type', () => {
  it('is a plain start/end pair', () => {
    const range: Range = { start: 0, end: 1 };
    expect(segmentText('ab', [range])).toEqual([{ text: 'a', range }, { text: 'b' }]);
  });
});
