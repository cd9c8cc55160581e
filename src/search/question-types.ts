/**
 * What the question box answers with, and what it reads: plain, serialisable data, so answers
 * cross from a worker and the store and URL can use the limits without loading the search engine.
 */
import type { Duty, Organization } from '../model/organization.ts';
import type { Range } from './normalize.ts';

/** A unit as the question box reads it: flat, so it crosses to a worker without recursion. */
export interface QuestionUnit {
  readonly id: string;
  readonly name: string;
  readonly duties: readonly Duty[];
}

/** One thing the question asks about: a word or a phrase the thesaurus knows. */
export interface QuestionConcept {
  /** As typed, e.g. "complain" or "not paid". */
  readonly text: string;
  /** Offsets in the question. */
  readonly start: number;
  readonly end: number;
  /** The stems searched for it, with their weight and, when not the question's own, the word. */
  readonly terms: readonly QuestionTerm[];
}

export interface QuestionTerm {
  readonly stem: string;
  readonly weight: number;
  /** The word of the thesaurus or of the index this term came from; null for the question's own. */
  readonly via: string | null;
}

/** A question word that matched, and the source word it matched as when that differs. */
export interface MatchedWord {
  readonly word: string;
  readonly via: string | null;
}

export interface DutyAnswer {
  /** Position in the unit's duties. */
  readonly index: number;
  readonly number: number;
  readonly text: string;
  /** The matched words, as offsets into `text`. */
  readonly ranges: readonly Range[];
  readonly words: readonly MatchedWord[];
}

export interface UnitAnswer {
  readonly id: string;
  readonly name: string;
  /** Matched words in the unit's name. */
  readonly nameRanges: readonly Range[];
  readonly score: number;
  /** The duties that answer best, best first. */
  readonly duties: readonly DutyAnswer[];
  /** How many other duties of the unit matched a word of the question. */
  readonly moreDuties: number;
  /** Every question word the unit matched (in its duties or its name). */
  readonly words: readonly MatchedWord[];
}

export type NoAnswerReason = 'empty' | 'no-words' | 'no-match';

export interface QuestionAnswer {
  readonly question: string;
  readonly concepts: readonly QuestionConcept[];
  /** Best first; empty when nothing answers. */
  readonly units: readonly UnitAnswer[];
  /** Why there is no answer, when there is none. */
  readonly reason: NoAnswerReason | null;
  /** When nothing answers: words of the index close to the question's words. */
  readonly closeWords: readonly string[];
  /** When nothing answers: ids of function chips worth trying. */
  readonly functions: readonly string[];
}

/** Longer questions are cut here: a question is a sentence, not a document. */
export const MAX_QUESTION_LENGTH = 300;
/** How many units an answer lists at most. */
export const MAX_UNITS = 5;
/** How many duties each unit shows; the rest are counted. */
export const MAX_DUTIES = 3;

/** Every unit of the organisation with its duties, root first, depth-first (iterative). */
export function unitsForQuestions(organization: Organization): QuestionUnit[] {
  const units: QuestionUnit[] = [];
  const stack = [organization.root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    units.push({ id: unit.id, name: unit.name, duties: unit.duties });
    for (let i = unit.children.length - 1; i >= 0; i--) stack.push(unit.children[i]!);
  }
  return units;
}
