import { describe, expect, it } from 'vitest';
import { formatTable } from './tables.mjs';
import { questionTables } from './questions.mjs';

const summary = (median: number) => ({
  runs: 2,
  median,
  min: median,
  max: median,
  samples: [median, median],
  errors: [],
});

describe('questionTables', () => {
  it('prints top-1 and top-3 accuracy, each question not first, and the timings', () => {
    const [accuracy, timings] = questionTables({
      questions: 40,
      top1: 39,
      top3: 40,
      misses: [{ question: 'Who budgets?', expected: ['a'], rank: 2, first: 'b' }],
      timings: [{ label: 'Center: build the index', summary: summary(12.34) }],
      large: { units: 10_000, duties: 49_692 },
    });
    const text = formatTable(accuracy!);
    expect(text).toContain('expected office first (top-1)');
    expect(text).toMatch(/39\/40\s+98%/);
    expect(text).toMatch(/in the top 3\s+40\/40\s+100%/);
    expect(text).toMatch(/not first: “Who budgets\?”\s+rank 2\s+b/);
    const timing = formatTable(timings!);
    expect(timing).toContain('49,692 duties');
    expect(timing).toMatch(/Center: build the index\s+2\/2\s+12\.3/);
  });
});
