// The question box's figures for `npm run bench`: the test set's top-1 and top-3 accuracy, and the
// time to build the index and to answer, for the Center and a generated 10,000-unit organisation.
// The ranking is TypeScript under src/search, loaded through Vite's own SSR module loader, so no
// other compiler is needed. Run alone with `npm run bench:questions`. It prints figures and
// never fails on one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';
import { generateOrganization } from '../generate-organization.mjs';
import { REPO } from './server.mjs';
import { summarize } from './stats.mjs';
import { print, timingRow } from './tables.mjs';

/** Units of the generated organisation, as in the bench's scale runs. */
export const LARGE_UNITS = 10_000;

/**
 * @typedef {{ question: string, expected: readonly string[], rank: number, first: string | null }} Ranked
 * @typedef {{
 *   questions: number, top1: number, top3: number, misses: Ranked[],
 *   timings: { label: string, summary: import('./stats.mjs').Summary }[],
 *   large: { units: number, duties: number },
 * }} QuestionResults
 */

/**
 * Loads the ranking through Vite, scores the test set and times indexing and answering.
 * @param {{ runs?: number }} [options]
 * @returns {Promise<QuestionResults>}
 */
export async function measureQuestions({ runs = 5 } = {}) {
  const server = await createServer({
    root: REPO,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const question = await server.ssrLoadModule('/src/search/question.ts');
    const { QUESTION_SET } = await server.ssrLoadModule('/src/search/question-set.ts');
    const { loadShanghaiCenter } = await server.ssrLoadModule('/src/data/shanghai.ts');
    const { parseOrganizationJson } = await server.ssrLoadModule('/src/data/json/read-json.ts');
    const center = loadShanghaiCenter(
      readFileSync(join(REPO, 'src/data/internal-organizations.txt'), 'utf8'),
    );

    /** @param {unknown} organization */
    const timeOrganization = (organization, label) => {
      const units = question.unitsForQuestions(organization);
      const indexSamples = [];
      const answerSamples = [];
      let index = null;
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        index = question.buildQuestionIndex(units);
        indexSamples.push(performance.now() - started);
        for (const { question: text } of QUESTION_SET) {
          const asked = performance.now();
          question.askQuestion(index, text);
          answerSamples.push(performance.now() - asked);
        }
      }
      return {
        index,
        units,
        timings: [
          { label: `${label}: build the index`, summary: summarize(indexSamples) },
          { label: `${label}: answer one question`, summary: summarize(answerSamples) },
        ],
      };
    };

    const small = timeOrganization(center, 'Center (102 duties)');
    /** @type {Ranked[]} */
    const ranked = QUESTION_SET.map(
      /** @param {{ question: string, expected: readonly string[] }} q */ (q) => {
        const answer = question.askQuestion(small.index, q.question);
        const ids = answer.units.map(/** @param {{ id: string }} u */ (u) => u.id);
        return {
          question: q.question,
          expected: q.expected,
          rank: ids.findIndex((id) => q.expected.includes(id)) + 1,
          first: ids[0] ?? null,
        };
      },
    );

    const generated = generateOrganization({ units: LARGE_UNITS, seed: 1 });
    const { organization } = parseOrganizationJson(JSON.stringify(generated));
    const large = timeOrganization(organization, `${LARGE_UNITS.toLocaleString('en')} units`);
    const duties = large.units.reduce(
      /** @param {number} n @param {{ duties: unknown[] }} u */ (n, u) => n + u.duties.length,
      0,
    );
    return {
      questions: ranked.length,
      top1: ranked.filter((r) => r.rank === 1).length,
      top3: ranked.filter((r) => r.rank >= 1 && r.rank <= 3).length,
      misses: ranked.filter((r) => r.rank !== 1),
      timings: [...small.timings, ...large.timings],
      large: { units: LARGE_UNITS, duties },
    };
  } finally {
    await server.close();
  }
}

/** @param {number} part @param {number} whole */
const percent = (part, whole) => `${((part / whole) * 100).toFixed(0)}%`;

/**
 * The accuracy table and the timing table.
 * @param {QuestionResults} results
 */
export function questionTables(results) {
  const { questions, top1, top3, misses } = results;
  return [
    {
      title: `Question box: the test set (src/search/question-set.ts), ${questions} questions`,
      headers: ['measure', 'questions', 'share'],
      rows: [
        ['expected office first (top-1)', `${top1}/${questions}`, percent(top1, questions)],
        ['expected office in the top 3', `${top3}/${questions}`, percent(top3, questions)],
        ...misses.map((m) => [
          `  not first: “${m.question}”`,
          m.rank === 0 ? 'not listed' : `rank ${m.rank}`,
          m.first ?? '–',
        ]),
      ],
      right: [1],
    },
    {
      title: `Question box timings in Node (ms; the ${results.large.units.toLocaleString('en')}-unit organisation has ${results.large.duties.toLocaleString('en')} duties; the app does this in a worker)`,
      headers: ['step', 'ok', 'median', 'min', 'max', 'note'],
      rows: results.timings.map(({ label, summary }) => timingRow(label, summary)),
      right: [1, 2, 3, 4],
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await measureQuestions();
  for (const table of questionTables(results)) print(table);
}
