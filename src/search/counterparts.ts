/**
 * The same work elsewhere: for each duty, the duties of other units that say much the same
 * thing. Each duty is a TF-IDF vector over its meaningful word stems (`words.ts` decides what a
 * word is), compared by cosine similarity. An inverted index (stem → the duties that use it)
 * finds a duty's counterparts by walking only the duties that share a word with it, so nothing
 * compares every pair up front: one unit's counterparts cost about as much as its words'
 * postings, whatever the organisation's size.
 */
import { indexOrganization, type Organization } from '../model/organization.ts';
import { meaningfulStems, stemOf } from './words.ts';

/**
 * Words that say how a public body goes about a duty, not what the duty is about: nearly every
 * duty is "responsible for formulating, organising and implementing" something. They are
 * meaningful words for a question, so `words.ts` keeps them; for telling whether two duties are
 * the same work they are noise, and two duties that share only them ("proposing and formulating
 * annual … goals") must not look alike.
 */
const PROCEDURE_STEMS: ReadonlySet<string> = new Set(
  (
    'responsible responsibility propose formulate draft organize organise implement improve ' +
    'establish guide coordinate supervise carry undertake assist participate cooperate ' +
    'strengthen various relevant related specific overall complete work annual goals ' +
    'timely daily major main'
  )
    .split(/\s+/)
    .map(stemOf),
);

/**
 * Two duties count as the same work from this cosine similarity up. Chosen against the
 * Center's duties (see `counterparts.test.ts`): duties that plainly share a task ("jointly
 * promote the basic business core system", the monthly accounting statistics of each business,
 * administrative litigation and reconsideration) score 0.43–0.87, while duties that only share
 * a word or two of another sense ("asset securities" and "information security", the "annual
 * plans" every office drafts) score 0.25–0.34. Lower, and the panel fills with coincidences;
 * higher, and the litigation, risk and financial management pairs are lost.
 */
export const SIMILARITY_THRESHOLD = 0.35;

/** One duty's place in the organisation. */
export interface DutyRef {
  readonly unitId: string;
  /** Position in the unit's `duties` array. */
  readonly dutyIndex: number;
  /** The duty's own number, as the source gives it. */
  readonly number: number;
}

/** A duty of another unit that does much the same work, with how similar it is (0–1). */
export interface Counterpart extends DutyRef {
  readonly similarity: number;
}

/** The organisation's duties as TF-IDF vectors, with the inverted index over their stems. */
export interface CounterpartIndex {
  readonly organization: Organization;
  /** Every duty, units in depth-first source order, duties in source order: the tie-break order. */
  readonly duties: readonly DutyRef[];
  /** Which unit (by position in depth-first order) each duty belongs to. */
  readonly unitOf: Int32Array;
  /** Each unit's first duty and the one after its last, by unit id. */
  readonly rangeOf: ReadonlyMap<string, { readonly from: number; readonly to: number }>;
  /** Each duty's stem ids and unit-length weights, side by side. */
  readonly terms: readonly Int32Array[];
  readonly weights: readonly Float64Array[];
  /** Stem id → the duties that use it and that stem's weight in each. */
  readonly postings: readonly Postings[];
}

/** The duties that use one stem, in source order, and the stem's weight in each. */
export interface Postings {
  readonly duties: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
}

const cache = new WeakMap<Organization, CounterpartIndex>();

/**
 * Builds (once per organisation object) every duty's vector and the inverted index. Linear in
 * the number of words; the organisation is walked iteratively (see `indexOrganization`).
 */
export function counterpartIndex(org: Organization): CounterpartIndex {
  const cached = cache.get(org);
  if (cached) return cached;
  const index = indexOrganization(org);
  const duties: DutyRef[] = [];
  const unitOfList: number[] = [];
  const rangeOf = new Map<string, { from: number; to: number }>();
  const stemIds = new Map<string, number>();
  const counts: Map<number, number>[] = [];
  index.order.forEach((unitId, unitPosition) => {
    const unit = index.byId.get(unitId)!;
    const from = duties.length;
    unit.duties.forEach((duty, dutyIndex) => {
      duties.push({ unitId, dutyIndex, number: duty.number });
      unitOfList.push(unitPosition);
      const tf = new Map<number, number>();
      for (const stem of meaningfulStems(duty.text)) {
        if (PROCEDURE_STEMS.has(stem)) continue;
        let id = stemIds.get(stem);
        if (id === undefined) {
          id = stemIds.size;
          stemIds.set(stem, id);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      counts.push(tf);
    });
    rangeOf.set(unitId, { from, to: duties.length });
  });

  const documentFrequency = new Int32Array(stemIds.size);
  for (const tf of counts) for (const id of tf.keys()) documentFrequency[id]!++;
  const total = duties.length;
  const terms: Int32Array[] = [];
  const weights: Float64Array[] = [];
  for (const tf of counts) {
    // Stem ids in ascending order, so every sum below adds in the same order on every run.
    const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
    const w = new Float64Array(ids.length);
    let norm = 0;
    ids.forEach((id, i) => {
      // Sublinear term frequency (a word said twice is not twice as telling); a word every duty
      // uses weighs nothing, so it cannot make two duties look alike.
      const weight = (1 + Math.log(tf.get(id)!)) * Math.log(total / documentFrequency[id]!);
      w[i] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < w.length; i++) w[i]! /= norm;
    terms.push(ids);
    weights.push(w);
  }

  const filled = new Int32Array(stemIds.size);
  const postings = Array.from(documentFrequency, (df) => ({
    duties: new Int32Array(df),
    weights: new Float64Array(df),
  }));
  terms.forEach((ids, doc) => {
    ids.forEach((id, i) => {
      const list = postings[id]!;
      const at = filled[id]!++;
      list.duties[at] = doc;
      list.weights[at] = weights[doc]![i]!;
    });
  });

  const built: CounterpartIndex = {
    organization: org,
    duties,
    unitOf: Int32Array.from(unitOfList),
    rangeOf,
    terms,
    weights,
    postings,
  };
  cache.set(org, built);
  return built;
}

/** Scratch space for scoring, reused between duties so a query allocates nothing per duty. */
interface Scratch {
  scores: Float64Array;
  touched: number[];
}

function scratchFor(index: CounterpartIndex): Scratch {
  return { scores: new Float64Array(index.duties.length), touched: [] };
}

/**
 * The duties in `postings` similar to duty `doc` (at least `threshold`), skipping duties of its
 * own unit, most similar first, ties in source order.
 */
function similarTo(
  index: CounterpartIndex,
  doc: number,
  threshold: number,
  scratch: Scratch,
  postings: readonly Postings[] = index.postings,
): { doc: number; similarity: number }[] {
  const { scores, touched } = scratch;
  const ownUnit = index.unitOf[doc]!;
  const ids = index.terms[doc]!;
  const w = index.weights[doc]!;
  for (let i = 0; i < ids.length; i++) {
    const weight = w[i]!;
    if (weight === 0) continue;
    const list = postings[ids[i]!];
    if (!list) continue;
    for (let p = 0; p < list.duties.length; p++) {
      const other = list.duties[p]!;
      if (index.unitOf[other] === ownUnit) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other]! += weight * list.weights[p]!;
    }
  }
  const found: { doc: number; similarity: number }[] = [];
  for (const other of touched) {
    // Rounded, so that duties worded identically tie exactly and fall back to source order.
    const similarity = Math.round(scores[other]! * 1e9) / 1e9;
    scores[other] = 0;
    if (similarity >= threshold) found.push({ doc: other, similarity });
  }
  touched.length = 0;
  found.sort((a, b) => b.similarity - a.similarity || a.doc - b.doc);
  return found;
}

export interface UnitCounterparts {
  /** Per duty of the unit (by position): its counterparts, at most `limit`, best first. */
  readonly byDuty: readonly (readonly Counterpart[])[];
  /** Per duty: how many counterparts it has in all (more than shown when over `limit`). */
  readonly totals: readonly number[];
}

/**
 * The counterparts of every duty of one unit: duties of other units at least `threshold`
 * similar, most similar first, ties in source order. Never a duty of the same unit.
 */
export function counterpartsOfUnit(
  index: CounterpartIndex,
  unitId: string,
  { limit = 3, threshold = SIMILARITY_THRESHOLD }: { limit?: number; threshold?: number } = {},
): UnitCounterparts {
  const range = index.rangeOf.get(unitId);
  if (!range) return { byDuty: [], totals: [] };
  const scratch = scratchFor(index);
  const byDuty: Counterpart[][] = [];
  const totals: number[] = [];
  for (let doc = range.from; doc < range.to; doc++) {
    const found = similarTo(index, doc, threshold, scratch);
    totals.push(found.length);
    byDuty.push(
      found.slice(0, limit).map(({ doc: other, similarity }) => ({
        ...index.duties[other]!,
        similarity,
      })),
    );
  }
  return { byDuty, totals };
}

/** Two units whose duties overlap, with the duty pairs that do. */
export interface SharedWork {
  readonly unitIds: readonly [string, string];
  /** The similar duty pairs between them, most similar first. */
  readonly pairs: readonly {
    readonly a: DutyRef;
    readonly b: DutyRef;
    readonly similarity: number;
  }[];
  /** The pairs' similarities added up: how much the two units' work overlaps. */
  readonly score: number;
}

/**
 * The pairs of units (among `unitIds`) whose duties overlap most: for each pair, every pair of
 * their duties at least `threshold` similar, scored by the sum of those similarities. Most
 * overlap first, ties in source order. Only the given units' duties are compared, so the cost
 * follows the units asked about, not the whole organisation.
 */
export function sharedWork(
  index: CounterpartIndex,
  unitIds: readonly string[],
  { limit = 8, threshold = SIMILARITY_THRESHOLD }: { limit?: number; threshold?: number } = {},
): SharedWork[] {
  const docs: number[] = [];
  for (const id of new Set(unitIds)) {
    const range = index.rangeOf.get(id);
    if (!range) continue;
    for (let doc = range.from; doc < range.to; doc++) docs.push(doc);
  }
  docs.sort((a, b) => a - b);
  // Postings of the asked-about duties only, filled from the last duty backwards: each duty
  // meets only the duties after it, so every similar pair is found once, from its earlier duty.
  const local: { duties: number[]; weights: number[] }[] = [];
  const scratch = scratchFor(index);
  const byPair = new Map<string, { a: number; b: number; pairs: SharedWork['pairs'][number][] }>();
  for (let k = docs.length - 1; k >= 0; k--) {
    const doc = docs[k]!;
    for (const { doc: other, similarity } of similarTo(index, doc, threshold, scratch, local)) {
      const unitA = index.unitOf[doc]!;
      const unitB = index.unitOf[other]!;
      const key = `${unitA}:${unitB}`;
      let entry = byPair.get(key);
      if (!entry) {
        entry = { a: unitA, b: unitB, pairs: [] };
        byPair.set(key, entry);
      }
      entry.pairs.push({ a: index.duties[doc]!, b: index.duties[other]!, similarity });
    }
    const ids = index.terms[doc]!;
    const w = index.weights[doc]!;
    for (let i = 0; i < ids.length; i++) {
      const list = (local[ids[i]!] ??= { duties: [], weights: [] });
      list.duties.push(doc);
      list.weights.push(w[i]!);
    }
  }
  const result = [...byPair.values()].map((entry) => {
    const pairs = entry.pairs.sort(
      (x, y) =>
        y.similarity - x.similarity ||
        x.a.dutyIndex - y.a.dutyIndex ||
        x.b.dutyIndex - y.b.dutyIndex,
    );
    const score = Math.round(pairs.reduce((sum, pair) => sum + pair.similarity, 0) * 1e9) / 1e9;
    return {
      order: [entry.a, entry.b] as const,
      shared: {
        unitIds: [pairs[0]!.a.unitId, pairs[0]!.b.unitId] as const,
        pairs,
        score,
      },
    };
  });
  result.sort(
    (x, y) => y.shared.score - x.shared.score || x.order[0] - y.order[0] || x.order[1] - y.order[1],
  );
  return result.slice(0, limit).map((entry) => entry.shared);
}
