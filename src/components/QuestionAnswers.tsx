import type { MatchedWord, QuestionAnswer, UnitAnswer } from '../search/question-types.ts';
import { functionById } from '../search/functions.ts';
import type { SourcedRange } from '../search/match.ts';
import type { Range } from '../search/normalize.ts';
import { useOrgStore } from '../store/org-store.ts';
import { functionStyle } from './function-style.ts';
import { HighlightedText } from './HighlightedText.tsx';

/** The question's matches, marked the way the filter marks its words. */
const asMarks = (ranges: readonly Range[]): SourcedRange[] =>
  ranges.map((range) => ({ ...range, source: 'query' }));

/** "lawsuit (as litigation, judicial)": each question word once, with the words it matched as. */
function groupWords(words: readonly MatchedWord[]): { word: string; via: string[] }[] {
  const groups: { word: string; via: string[] }[] = [];
  for (const { word, via } of words) {
    let group = groups.find((g) => g.word === word);
    if (!group) {
      group = { word, via: [] };
      groups.push(group);
    }
    if (via !== null && !group.via.includes(via)) group.via.push(via);
  }
  return groups;
}

/** The ranked units that answer a question, each with its answering duties. */
export function QuestionAnswers({
  answer,
  onShown,
}: {
  answer: QuestionAnswer;
  onShown: () => void;
}) {
  return (
    <ol className="answers" aria-label={`Answers to “${answer.question}”`}>
      {answer.units.map((unit, rank) => (
        <UnitItem key={unit.id} unit={unit} rank={rank + 1} onShown={onShown} />
      ))}
    </ol>
  );
}

function UnitItem({
  unit,
  rank,
  onShown,
}: {
  unit: UnitAnswer;
  rank: number;
  onShown: () => void;
}) {
  const selected = useOrgStore((s) => s.selectedId === unit.id);
  const select = useOrgStore((s) => s.select);
  const headingId = `answer-${unit.id}`;
  return (
    <li className="answer" aria-labelledby={headingId} data-selected={selected || undefined}>
      <div className="answer__header">
        <span className="answer__rank" aria-hidden="true">
          {rank}
        </span>
        <h3 className="answer__name" id={headingId}>
          <HighlightedText text={unit.name} ranges={asMarks(unit.nameRanges)} />
        </h3>
      </div>
      <p className="answer__words">
        <span className="answer__words-label">Matched: </span>
        {groupWords(unit.words).map((group, i) => (
          <span key={group.word} className="answer__word">
            {i > 0 && ', '}
            <b>{group.word}</b>
            {group.via.length > 0 && (
              <span className="answer__via"> (as {group.via.map((v) => `“${v}”`).join(', ')})</span>
            )}
          </span>
        ))}
      </p>
      {unit.duties.length > 0 && (
        <ul className="answer__duties">
          {unit.duties.map((duty) => (
            <li key={duty.index} className="answer__duty">
              <span className="answer__number">{duty.number}.</span>{' '}
              <HighlightedText text={duty.text} ranges={asMarks(duty.ranges)} />
            </li>
          ))}
        </ul>
      )}
      {unit.moreDuties > 0 && (
        <p className="answer__more">
          {unit.moreDuties === 1
            ? '1 more duty mentions these words.'
            : `${unit.moreDuties} more duties mention these words.`}
        </p>
      )}
      <button
        type="button"
        className="button answer__show"
        aria-label={`Show on chart: ${unit.name}`}
        onClick={() => {
          select(unit.id);
          onShown();
        }}
      >
        Show on chart
      </button>
      {selected && <span className="answer__current">Shown on the chart</span>}
    </li>
  );
}

/** When nothing answers: close words of the duties to ask instead, and function chips. */
export function QuestionSuggestions({
  answer,
  onShown,
}: {
  answer: QuestionAnswer;
  onShown: () => void;
}) {
  const ask = useOrgStore((s) => s.ask);
  const functions = useOrgStore((s) => s.functions);
  const toggleFunction = useOrgStore((s) => s.toggleFunction);
  if (answer.reason === 'empty') return null;
  return (
    <div className="question-suggestions">
      <p>
        {answer.reason === 'no-words'
          ? 'That question has no words to look for: say what the task or problem is.'
          : 'No duty uses those words or the ones the question box knows for them.'}
      </p>
      {answer.closeWords.length > 0 && (
        <>
          <h3>Close words in the duties</h3>
          <ul className="question-suggestions__words">
            {answer.closeWords.map((word) => (
              <li key={word}>
                <button type="button" className="button" onClick={() => ask(word)}>
                  {word}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {answer.functions.length > 0 && (
        <>
          <h3>Or show the offices of a function</h3>
          <ul className="question-suggestions__functions">
            {answer.functions.map((id) => {
              const tag = functionById(id)!;
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="chip fn"
                    style={functionStyle(tag)}
                    aria-pressed={functions.includes(id)}
                    onClick={() => {
                      toggleFunction(id);
                      onShown();
                    }}
                  >
                    <span className="chip__swatch" aria-hidden="true" />
                    <span className="chip__label">{tag.label}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
