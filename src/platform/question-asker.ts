/**
 * Answers questions for the question box, off the main thread when the organisation is large.
 * The index is built on first use (when the box opens), never during the first load: a small
 * organisation is indexed in the page, after loading the search engine's chunk; a large one in a
 * module worker, so typing and the chart never wait for it.
 */
import { countDuties, type Organization } from '../model/organization.ts';
// Types only: the search engine itself loads on first use.
import type * as Question from '../search/question.ts';
import {
  unitsForQuestions,
  type QuestionAnswer,
  type QuestionUnit,
} from '../search/question-types.ts';

/** From this many duties the index is built and searched in a worker (the Center has 102). */
export const WORKER_FROM_DUTIES = 2_000;

/** An answer and what it cost, for the bench and for the curious. */
export interface TimedAnswer {
  answer: QuestionAnswer;
  /** Milliseconds the index took to build (once per organisation). */
  indexMs: number;
  /** Milliseconds the answer took, index excluded. */
  answerMs: number;
  inWorker: boolean;
}

export interface QuestionAsker {
  /** Answers `question`; the first call waits for the index. */
  ask(question: string): Promise<TimedAnswer>;
  /** Starts building the index now, so the first answer comes sooner. */
  prepare(): void;
  /** Stops the worker, if there is one. */
  dispose(): void;
}

/** Messages to the worker. */
export type QuestionRequest =
  { type: 'index'; units: readonly QuestionUnit[] } | { type: 'ask'; id: number; question: string };

/** Messages from the worker. */
export type QuestionReply =
  | { type: 'indexed'; ms: number }
  | { type: 'answer'; id: number; answer: QuestionAnswer; ms: number }
  | { type: 'failed'; id: number | null; message: string };

/** Indexes and answers in the page: the search engine's chunk loads on first use. */
function inPage(units: readonly QuestionUnit[]): QuestionAsker {
  let ready: Promise<{
    index: Question.QuestionIndex;
    askQuestion: typeof Question.askQuestion;
    indexMs: number;
  }> | null = null;
  const prepare = () =>
    (ready ??= import('../search/question.ts').then(({ buildQuestionIndex, askQuestion }) => {
      const started = performance.now();
      const index = buildQuestionIndex(units);
      return { index, askQuestion, indexMs: performance.now() - started };
    }));
  return {
    async ask(question) {
      const { index, askQuestion, indexMs } = await prepare();
      const started = performance.now();
      const answer = askQuestion(index, question);
      return { answer, indexMs, answerMs: performance.now() - started, inWorker: false };
    },
    prepare: () => void prepare(),
    dispose() {},
  };
}

/** Indexes and answers in a module worker; if the worker cannot start, falls back to the page. */
function inWorker(units: readonly QuestionUnit[]): QuestionAsker {
  let worker: Worker | null = null;
  let fallback: QuestionAsker | null = null;
  let indexMs: Promise<number> | null = null;
  let resolveIndexed: (ms: number) => void = () => {};
  let next = 1;
  const pending = new Map<
    number,
    { question: string; resolve: (a: TimedAnswer) => void; reject: (e: Error) => void }
  >();

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    fallback ??= inPage(units);
    for (const [id, request] of pending) {
      pending.delete(id);
      fallback.ask(request.question).then(request.resolve, request.reject);
    }
  };

  const start = () => {
    if (worker || fallback) return;
    indexMs = new Promise((resolve) => (resolveIndexed = resolve));
    try {
      worker = new Worker(new URL('./question-worker.ts', import.meta.url), {
        type: 'module',
        name: 'questions',
      });
    } catch {
      fallBack();
      return;
    }
    worker.onmessage = (event: MessageEvent<QuestionReply>) => {
      const reply = event.data;
      if (reply.type === 'indexed') {
        resolveIndexed(reply.ms);
        return;
      }
      const request = reply.id === null ? undefined : pending.get(reply.id);
      if (reply.type === 'failed' && reply.id === null) {
        // The index itself could not be built: try in the page, which reports a real error.
        fallBack();
        return;
      }
      if (!request || reply.id === null) return;
      pending.delete(reply.id);
      if (reply.type === 'failed') {
        request.reject(new Error(reply.message));
        return;
      }
      void indexMs!.then((ms) =>
        request.resolve({ answer: reply.answer, indexMs: ms, answerMs: reply.ms, inWorker: true }),
      );
    };
    worker.onerror = (event) => {
      // Handled here (the page answers instead), so it is not also reported as a page error.
      event.preventDefault();
      fallBack();
    };
    const message: QuestionRequest = { type: 'index', units };
    worker.postMessage(message);
  };

  return {
    ask(question) {
      start();
      if (fallback) return fallback.ask(question);
      return new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { question, resolve, reject });
        const message: QuestionRequest = { type: 'ask', id, question };
        worker!.postMessage(message);
      });
    },
    prepare: start,
    dispose() {
      worker?.terminate();
      worker = null;
      for (const request of pending.values())
        request.reject(new Error('The organisation changed.'));
      pending.clear();
    },
  };
}

let current: { organization: Organization; asker: QuestionAsker } | null = null;

/**
 * The asker for `organization`, made once and kept while it is open; opening another
 * organisation stops the previous one's worker.
 */
export function askerFor(organization: Organization): QuestionAsker {
  if (current?.organization === organization) return current.asker;
  current?.asker.dispose();
  const units = unitsForQuestions(organization);
  const large = countDuties(organization) >= WORKER_FROM_DUTIES && typeof Worker !== 'undefined';
  const asker = large ? inWorker(units) : inPage(units);
  current = { organization, asker };
  return asker;
}
