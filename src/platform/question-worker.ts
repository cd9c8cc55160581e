/**
 * The question box's worker: builds the index of a large organisation once, then answers each
 * question, so neither blocks the page. Started by `question-asker.ts`.
 */
import { askQuestion, buildQuestionIndex, type QuestionIndex } from '../search/question.ts';
import type { QuestionReply, QuestionRequest } from './question-asker.ts';

let index: QuestionIndex | null = null;
const reply = (message: QuestionReply) => self.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

self.onmessage = (event: MessageEvent<QuestionRequest>) => {
  const request = event.data;
  if (request.type === 'index') {
    const started = performance.now();
    try {
      index = buildQuestionIndex(request.units);
      reply({ type: 'indexed', ms: performance.now() - started });
    } catch (error) {
      reply({ type: 'failed', id: null, message: messageOf(error) });
    }
    return;
  }
  if (!index) {
    reply({ type: 'failed', id: request.id, message: 'The index is not built yet.' });
    return;
  }
  const started = performance.now();
  try {
    const answer = askQuestion(index, request.question);
    reply({ type: 'answer', id: request.id, answer, ms: performance.now() - started });
  } catch (error) {
    reply({ type: 'failed', id: request.id, message: messageOf(error) });
  }
};
