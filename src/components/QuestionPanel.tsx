import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { askerFor, type QuestionAsker, type TimedAnswer } from '../platform/question-asker.ts';
import { countDuties } from '../model/organization.ts';
import { dutyCount } from '../model/format.ts';
import { useOrgStore } from '../store/org-store.ts';
import { MAX_QUESTION_LENGTH } from '../search/question-types.ts';
import { ASK_BUTTON_ID, QUESTION_PANEL_ID } from './AskButton.tsx';
import { CloseIcon } from './icons.tsx';
import { QuestionAnswers, QuestionSuggestions } from './QuestionAnswers.tsx';
import './question-panel.css';

/** Phones: the box covers the chart, so showing a unit on the chart closes it. */
const PHONE = '(max-width: 699px)';

/** Questions to start from, for the organisation the app opens with. */
const EXAMPLES = [
  'Who approves large loans?',
  'My employer has not paid into my housing fund',
  'Who checks the banks that handle the fund?',
];

/** An answer, or why there is none, for one question to one organisation's asker. */
type Result = { question: string; asker: QuestionAsker } & (
  { status: 'answered'; timed: TimedAnswer } | { status: 'failed'; message: string }
);

/**
 * "Ask: who handles…?": a question in plain words, answered with the units whose duties answer
 * it best, each with the duties and the matched words marked, and a way to show it on the chart.
 * The ranking is `src/search/question.ts`; this only asks and shows.
 */
export function QuestionPanel() {
  const organization = useOrgStore((s) => s.organization);
  const fromDefault = useOrgStore((s) => s.origin.kind === 'default');
  const question = useOrgStore((s) => s.question);
  const ask = useOrgStore((s) => s.ask);
  const setAsking = useOrgStore((s) => s.setAsking);
  const asker = useMemo(() => askerFor(organization), [organization]);
  const [draft, setDraft] = useState(question);
  const [shownQuestion, setShownQuestion] = useState(question);
  // A question asked from elsewhere (a suggestion, a link, going back) replaces what was typed.
  if (shownQuestion !== question) {
    setShownQuestion(question);
    setDraft(question);
  }
  const [result, setResult] = useState<Result | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  // The index is built as soon as the box opens, not on the first load.
  useEffect(() => asker.prepare(), [asker]);
  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    if (question === '') return;
    let live = true;
    asker.ask(question).then(
      (timed) => live && setResult({ question, asker, status: 'answered', timed }),
      (error: unknown) =>
        live &&
        setResult({
          question,
          asker,
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [asker, question]);

  const close = () => {
    setAsking(false);
    document.getElementById(ASK_BUTTON_ID)?.focus();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    ask(draft);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape clears a typed question first (as in the filter), then closes the box.
    event.preventDefault();
    event.stopPropagation();
    if (event.target === inputRef.current && draft !== '') setDraft('');
    else close();
  };
  const onShown = () => {
    if (window.matchMedia(PHONE).matches) setAsking(false);
  };

  // An answer shows only for the question and organisation on screen, never a stale one.
  const current = result && result.question === question && result.asker === asker ? result : null;
  const waiting = question !== '' && !current;
  const duties = countDuties(organization);

  return (
    <section
      className="question-panel"
      id={QUESTION_PANEL_ID}
      aria-labelledby="question-heading"
      onKeyDown={onKeyDown}
    >
      <div className="question-panel__header">
        <h2 id="question-heading">Ask: who handles…?</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the question box"
          onClick={close}
        >
          <CloseIcon />
        </button>
      </div>
      <form className="question-form" role="search" aria-label="Ask a question" onSubmit={onSubmit}>
        <label htmlFor="question-input" className="question-form__label">
          Your question
        </label>
        <p id={hintId} className="question-form__hint">
          In your own words. Answers come from the {dutyCount(duties)} of {organization.name}, on
          this device.
        </p>
        <div className="question-form__row">
          <input
            ref={inputRef}
            id="question-input"
            className="question-form__input"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby={hintId}
            placeholder="e.g. Who approves large loans?"
            autoComplete="off"
            maxLength={MAX_QUESTION_LENGTH}
          />
          <button type="submit" className="button button--primary question-form__submit">
            Ask
          </button>
        </div>
      </form>
      <div className="question-panel__status" role="status">
        {waiting
          ? 'Looking through the duties…'
          : current?.status === 'failed'
            ? `The question could not be answered: ${current.message}`
            : current
              ? statusOf(current.timed)
              : ''}
      </div>
      {question === '' && (
        <div className="question-examples">
          <p>Ask about a task, a problem or a service, for example:</p>
          <ul>
            {(fromDefault ? EXAMPLES : ['Who handles complaints?', 'Who buys equipment?']).map(
              (example) => (
                <li key={example}>
                  <button type="button" className="link-button" onClick={() => ask(example)}>
                    {example}
                  </button>
                </li>
              ),
            )}
          </ul>
        </div>
      )}
      {current?.status === 'answered' && current.timed.answer.units.length > 0 && (
        <QuestionAnswers answer={current.timed.answer} onShown={onShown} />
      )}
      {current?.status === 'answered' && current.timed.answer.units.length === 0 && (
        <QuestionSuggestions answer={current.timed.answer} onShown={onShown} />
      )}
    </section>
  );
}

/** What the status line says (and announces, politely) once an answer is in. */
function statusOf({ answer }: TimedAnswer): string {
  const count = answer.units.length;
  if (answer.reason === 'no-words')
    return 'Say what you are looking for, e.g. “Who approves large loans?”';
  if (count === 0) return `Nothing answers “${answer.question}”.`;
  const first = answer.units[0]!.name;
  return count === 1
    ? `1 unit answers “${answer.question}”: ${first}.`
    : `${count} units answer “${answer.question}”, best first: ${first}.`;
}
