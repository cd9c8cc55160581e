import { describe, expect, it } from 'vitest';
import { meaningfulStems, stemOf, formsOf, STOP_WORDS, wordsOf } from './words.ts';

describe('wordsOf', () => {
  it('gives each word its stem and its offsets in the original text', () => {
    const text = 'Approves large loans; approval of loan applications.';
    const words = wordsOf(text);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual([
      'Approves',
      'large',
      'loans',
      'approval',
      'of',
      'loan',
      'applications',
    ]);
    expect(words[0]!.stem).toBe(words[3]!.stem);
    expect(words[2]!.stem).toBe(words[5]!.stem);
  });

  it("keeps apostrophes and hyphens inside words and drops a possessive 's from the stem", () => {
    const words = wordsOf('the employer’s co-ordination');
    expect(words.map((w) => w.text)).toEqual(['the', "employer's", 'co-ordination']);
    expect(words[1]!.stem).toBe(stemOf('employer'));
  });

  it('counts each Han character as a word, with offsets', () => {
    const words = wordsOf('负责A，住房公积金');
    expect(words.map((w) => w.text)).toEqual(['负', '责', 'a', '住', '房', '公', '积', '金']);
    expect(words[2]).toMatchObject({ start: 2, end: 3 });
  });
});

describe('meaningfulStems', () => {
  it('leaves out stop words and question filler', () => {
    expect(meaningfulStems('Who handles the complaints of my employer?')).toEqual([
      stemOf('complaints'),
      stemOf('employer'),
    ]);
    expect(STOP_WORDS.has('the')).toBe(true);
  });
});

describe('formsOf', () => {
  it('finds a hyphenated word by each of its parts too', () => {
    const [word] = wordsOf('anti-corruption');
    expect(formsOf(word!)).toEqual([
      { text: 'anti-corruption', stem: 'anti-corruption' },
      { text: 'anti', stem: 'anti' },
      { text: 'corruption', stem: stemOf('corruption') },
    ]);
    expect(formsOf(wordsOf('loans')[0]!)).toEqual([{ text: 'loans', stem: stemOf('loans') }]);
  });
});
