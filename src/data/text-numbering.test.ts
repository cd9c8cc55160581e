/**
 * The text format as docs/data-format.md describes it: Chinese numbering ("1、", "1．", full-width
 * digits, "；" and "。" between duties, with or without spaces), and no paragraph dropped silently.
 * The Shanghai source's own tests are in parse-source.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceText, splitDuties } from './parse-source.ts';
import { readTextFile } from './text-reader.ts';

const duties = (paragraph: string) =>
  splitDuties(paragraph).duties.map(({ number, text }) => ({ number, text }));

describe('Chinese numbering', () => {
  it('splits "1、 负责A；2、 负责B。" into two duties', () => {
    expect(duties('1、 负责A；2、 负责B。')).toEqual([
      { number: 1, text: '负责A；' },
      { number: 2, text: '负责B。' },
    ]);
  });

  it('reads markers written without a space, as Chinese is written', () => {
    expect(duties('1、负责A；2、负责B。3、负责C')).toEqual([
      { number: 1, text: '负责A；' },
      { number: 2, text: '负责B。' },
      { number: 3, text: '负责C' },
    ]);
    expect(duties('1.负责A。2.负责B')).toEqual([
      { number: 1, text: '负责A。' },
      { number: 2, text: '负责B' },
    ]);
  });

  it('reads full-width digits and the full-width full stop', () => {
    expect(duties('１．负责A；２．负责B；４．负责D。')).toEqual([
      { number: 1, text: '负责A；' },
      { number: 2, text: '负责B；' },
      { number: 4, text: '负责D。' },
    ]);
    expect(splitDuties('１．负责A；２．负责B；４．负责D。').missingNumbers).toEqual([3]);
  });

  it('takes "2、" after a space as a marker, since Chinese has no capitals', () => {
    expect(duties('1、负责A 2、负责B')).toEqual([
      { number: 1, text: '负责A' },
      { number: 2, text: '负责B' },
    ]);
  });

  it('leaves numbers inside the text alone', () => {
    expect(duties('1、负责1、2号楼的管理；2、负责3.5万户的服务，共2,3项。')).toEqual([
      { number: 1, text: '负责1、2号楼的管理；' },
      { number: 2, text: '负责3.5万户的服务，共2,3项。' },
    ]);
    expect(duties('1. Keep 2.5% of 3.Plan; 2. Next')).toEqual([
      { number: 1, text: 'Keep 2.5% of 3.Plan;' },
      { number: 2, text: 'Next' },
    ]);
  });
});

describe('a page in Chinese', () => {
  const page = [
    '上海市公积金管理中心',
    '',
    '办公室',
    '',
    '1、负责文电、会务；2、负责信息公开。',
    '',
    '财务处',
    '',
    '１．负责预算；２．负责决算。',
  ].join('\n');

  it('reads offices whose duties are numbered the Chinese way', () => {
    const result = parseSourceText(page);
    expect(result.problems).toEqual([]);
    const org = result.organization!;
    expect(org.name).toBe('上海市公积金管理中心');
    expect(org.root.children.map((o) => [o.name, o.duties.length])).toEqual([
      ['办公室', 2],
      ['财务处', 2],
    ]);
  });
});

describe('no paragraph dropped silently', () => {
  const page = [
    'Example site - Internal organizations of Example Agency',
    '',
    'Internal organizations of Example Agency',
    '',
    'Press Office',
    '',
    'Roads Office',
    '',
    '1. Plan roads; 2. Repair roads.',
  ].join('\n');

  it('keeps an office without duties before the first duties as an office, with a warning', () => {
    const result = parseSourceText(page);
    const org = result.organization!;
    expect(org.name).toBe('Example Agency');
    expect(org.attribution.title).toBe('Example site - Internal organizations of Example Agency');
    expect(org.root.children.map((o) => [o.name, o.duties.length])).toEqual([
      ['Press Office', 0],
      ['Roads Office', 2],
    ]);
    expect(result.problems).toEqual([
      {
        line: 5,
        message:
          '"Press Office" comes after the organisation\'s name ("Example Agency") with no duties below it, so it is shown as an office without duties.',
      },
    ]);
  });

  it('knows the name by "Internal organizations of" when there is no page title', () => {
    const result = parseSourceText(page.split('\n').slice(2).join('\n'));
    expect(result.organization!.name).toBe('Example Agency');
    expect(result.organization!.root.children.map((o) => o.name)).toEqual([
      'Press Office',
      'Roads Office',
    ]);
  });

  it('without that phrase, takes the first paragraph as the title and the second as the name', () => {
    const result = parseSourceText(
      'Site title\n\nCity of Example\n\nPress Office\n\nArchive\n\nRoads Office\n\n1. Plan roads.\n',
    );
    const org = result.organization!;
    expect(org.name).toBe('City of Example');
    expect(org.attribution.title).toBe('Site title');
    expect(org.root.children.map((o) => o.name)).toEqual([
      'Press Office',
      'Archive',
      'Roads Office',
    ]);
    expect(result.problems.map((p) => p.line)).toEqual([5, 7]);
  });

  it('opens such a file with the warning listed', () => {
    const result = readTextFile(page);
    expect(result.organization!.root.children).toHaveLength(2);
    expect(result.problems).toEqual([
      { where: 'line 5', message: expect.stringContaining('"Press Office"') },
    ]);
  });
});
