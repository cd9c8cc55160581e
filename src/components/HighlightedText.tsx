import { functionById } from '../search/functions.ts';
import { segmentText, type SourcedRange } from '../search/match.ts';
import { functionStyle } from './function-style.ts';

/** Text with each matched range in a <mark>, coloured by the query or the function that matched. */
export function HighlightedText({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly SourcedRange[];
}) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {segmentText(text, ranges).map((segment, i) => {
        if (!segment.range) return segment.text;
        const tag =
          segment.range.source === 'query' ? undefined : functionById(segment.range.source);
        return (
          <mark
            key={i}
            className={tag ? 'mark mark--function' : 'mark mark--query'}
            data-source={segment.range.source}
            style={tag ? functionStyle(tag) : undefined}
          >
            {segment.text}
          </mark>
        );
      })}
    </>
  );
}
