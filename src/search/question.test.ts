import { describe, expect, it } from 'vitest';
import { generateOrganization } from '../../scripts/generate-organization.mjs';
import { parseOrganizationJson } from '../data/json/read-json.ts';
import { shanghaiCenter } from '../testing/factories.ts';
import { FUNCTION_IDS } from './functions.ts';
import {
  askQuestion,
  buildQuestionIndex,
  conceptsOf,
  MAX_DUTIES,
  MAX_UNITS,
  unitsForQuestions,
  type QuestionAnswer,
} from './question.ts';
import { QUESTION_SET } from './question-set.ts';

const center = shanghaiCenter();
const index = buildQuestionIndex(unitsForQuestions(center));
const ask = (question: string) => askQuestion(index, question);
/** 1-based rank of the first of `ids` in the answer, 0 when absent. */
const rankOf = (answer: QuestionAnswer, ids: readonly string[]) =>
  answer.units.findIndex((u) => ids.includes(u.id)) + 1;

describe('the test set', () => {
  it('has at least 30 questions from all three kinds of asker, every office expected somewhere', () => {
    expect(QUESTION_SET.length).toBeGreaterThanOrEqual(30);
    expect(new Set(QUESTION_SET.map((q) => q.asker))).toEqual(
      new Set(['citizen', 'journalist', 'civil servant']),
    );
    const offices = center.root.children.map((o) => o.id);
    const expected = new Set(QUESTION_SET.flatMap((q) => q.expected));
    for (const id of expected) expect(offices).toContain(id);
    expect([...expected].sort()).toEqual([...offices].sort());
    expect(new Set(QUESTION_SET.map((q) => q.question)).size).toBe(QUESTION_SET.length);
  });

  it.each(QUESTION_SET.map((q) => [q.question, q] as const))('%s', (_, q) => {
    const rank = rankOf(ask(q.question), q.expected);
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(q.within ?? 1);
  });
});

describe('askQuestion', () => {
  it("finds the Law Enforcement Supervision Division for the issue's words", () => {
    const enforcement = ['law-enforcement-supervision-division'];
    for (const words of ['unpaid', 'not paid', 'my employer is not paying', 'employer owes me']) {
      expect(rankOf(ask(words), enforcement), words).toBe(1);
    }
    // Alone, "employer" is as much about paying in (the Collection Management Office) as about
    // employers who do not: the division must be among the first few.
    const employer = rankOf(ask('employer'), enforcement);
    expect(employer).toBeGreaterThan(0);
    expect(employer).toBeLessThanOrEqual(3);
  });

  it('gives each unit its answering duties with offsets of the matched words', () => {
    const answer = ask('Who approves large loans?');
    const first = answer.units[0]!;
    expect(first.id).toBe('loan-management-office');
    const duty = first.duties[0]!;
    expect(duty.number).toBe(10);
    const loans = center.root.children.find((o) => o.id === first.id)!;
    expect(duty.text).toBe(loans.duties[duty.index]!.text);
    expect(duty.ranges.map((r) => duty.text.slice(r.start, r.end))).toEqual([
      'review',
      'approval',
      'large',
      'loans',
      'loans',
      'approved',
    ]);
    expect(first.duties.length).toBeLessThanOrEqual(MAX_DUTIES);
    expect(first.nameRanges.map((r) => first.name.slice(r.start, r.end))).toEqual(['Loan']);
    expect(answer.units.length).toBeLessThanOrEqual(MAX_UNITS);
    expect(answer.reason).toBeNull();
  });

  it('says which question words matched, and through which thesaurus word', () => {
    const answer = ask('Who handles a lawsuit against the fund?');
    const words = answer.units[0]!.words;
    expect(words).toContainEqual({ word: 'lawsuit', via: 'litigation' });
    // "fund" is in most of a fund's duties: it counts a little but is neither listed nor marked.
    expect(words.map((w) => w.word)).not.toContain('fund');
    const duty = answer.units[0]!.duties[0]!;
    const marked = duty.ranges.map((r) => duty.text.slice(r.start, r.end));
    expect(marked).toContain('litigation');
    expect(marked).not.toContain('fund');
  });

  it('reads negations and phrases across stop words', () => {
    expect(conceptsOf('My boss has not been paid').map((c) => c.text)).toEqual([
      'boss',
      'not been paid',
    ]);
    expect(conceptsOf('Who protects the data?').map((c) => c.text)).toEqual(['protects the data']);
    // "take out" is a phrase; "taking bribes" is not a withdrawal.
    expect(conceptsOf('taking bribes').flatMap((c) => c.terms.map((t) => t.via))).not.toContain(
      'withdrawal',
    );
    expect(conceptsOf('take out').flatMap((c) => c.terms.map((t) => t.via))).toContain(
      'withdrawal',
    );
  });

  it('corrects a misspelt word to the closest word the duties use', () => {
    const answer = ask('Who investigates corrpution?');
    expect(answer.units[0]!.id).toBe('discipline-inspection-and-audit-office');
    expect(answer.units[0]!.words).toContainEqual({ word: 'corrpution', via: 'corruption' });
  });

  it('ranks deterministically', () => {
    expect(ask('Who checks the banks that handle the fund?')).toEqual(
      ask('Who checks the banks that handle the fund?'),
    );
  });
});

describe('no answer', () => {
  it('says why: nothing typed, nothing to search for, or nothing found', () => {
    expect(ask('  ')).toMatchObject({ reason: 'empty', units: [] });
    expect(ask('Who handles it?')).toMatchObject({ reason: 'no-words', units: [] });
    const none = ask('Who handles quantum chromodynamics?');
    expect(none).toMatchObject({ reason: 'no-match', units: [] });
    expect(none.functions.length).toBeGreaterThan(0);
    for (const id of none.functions) expect(FUNCTION_IDS).toContain(id);
  });

  it('suggests close words from the index and related function chips', () => {
    const none = ask('Who does auditting?');
    // One letter too short to be corrected silently, close enough to suggest.
    expect(none.reason === 'no-match' ? none.closeWords : ['audit']).toContain('audit');
    const loans = ask('lonz');
    expect(loans.reason).toBe('no-match');
    expect(loans.closeWords).toContain('loan');
  });
});

describe('any organisation', () => {
  const generated = parseOrganizationJson(
    JSON.stringify(generateOrganization({ units: 400, seed: 13 })),
  ).organization!;
  const units = unitsForQuestions(generated);
  const generatedIndex = buildQuestionIndex(units);

  it('answers a generated, non-Shanghai organisation in its own words and through the thesaurus', () => {
    const withDuty = (pattern: RegExp) =>
      units.filter((u) => u.duties.some((d) => pattern.test(d.text))).map((u) => u.id);
    const appeals = withDuty(/appeals against decisions on building permits/);
    expect(appeals.length).toBeGreaterThan(0);
    const answer = askQuestion(generatedIndex, 'Who hears appeals about building permits?');
    expect(appeals).toContain(answer.units[0]!.id);

    const complaints = withDuty(/complaints about land titles/);
    expect(complaints.length).toBeGreaterThan(0);
    const grievance = askQuestion(
      generatedIndex,
      'I am unhappy with how my land title was handled',
    );
    expect(complaints).toContain(grievance.units[0]!.id);
    expect(grievance.units[0]!.words).toContainEqual({ word: 'unhappy', via: 'complaint' });
  });

  it('indexes every unit, the root included, in depth-first order', () => {
    expect(units[0]!.id).toBe(generated.root.id);
    expect(units).toHaveLength(400);
    expect(generatedIndex.docs.length).toBe(units.reduce((n, u) => n + u.duties.length, 0));
  });
});
