import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countDuties } from '../model/organization.ts';
import { parseSourceText, splitDuties } from './parse-source.ts';
import { loadShanghaiCenter } from './shanghai.ts';

const sourceText = readFileSync(new URL('./internal-organizations.txt', import.meta.url), 'utf8');
const org = loadShanghaiCenter(sourceText);
const offices = org.root.children;
const office = (id: string) => {
  const found = offices.find((o) => o.id === id);
  if (!found) throw new Error(`no office ${id}`);
  return found;
};

/** The raw body paragraph of each office, read straight from the file independently of the parser. */
function rawBodies(): Map<string, string> {
  const lines = sourceText.split('\n').filter((line) => line.trim() !== '');
  const bodies = new Map<string, string>();
  for (let i = 2; i < lines.length; i += 2) bodies.set(lines[i]!.trim(), lines[i + 1]!);
  return bodies;
}

const stripSpace = (text: string) => text.replace(/\s+/gu, '');

describe('the Shanghai source', () => {
  it('names the Center as the root and keeps the page title only as attribution', () => {
    expect(org.name).toBe('Shanghai Provident Fund Management Center');
    expect(org.root.name).toBe('Shanghai Provident Fund Management Center');
    expect(org.root.id).toBe('shanghai-provident-fund-management-center');
    expect(org.attribution.title).toBe(
      'Joke Collection Website - Public benefit messages - Internal organizations of Shanghai Provident Fund Management Center',
    );
    expect(offices.map((o) => o.name)).not.toContain(org.attribution.title);
  });

  it('has exactly 13 offices, in source order, with stable ids', () => {
    expect(offices.map((o) => o.id)).toEqual([
      'party-committee-office-organization-and-personnel-department',
      'office-petition-office',
      'policies-regulations-and-risk-management-division',
      'fund-planning-management-office',
      'operational-accounting-and-information-division',
      'collection-management-office',
      'loan-management-office',
      'project-management-office',
      'internet-development-office',
      'law-enforcement-supervision-division',
      'service-management-office',
      'technology-support-and-development-department',
      'discipline-inspection-and-audit-office',
    ]);
    expect(offices[0]!.name).toBe('Party Committee Office (Organization and Personnel Department)');
    expect(offices.every((o) => o.children.length === 0)).toBe(true);
  });

  it('has exactly 102 duties, with the counts per office the source gives', () => {
    expect(countDuties(org)).toBe(102);
    expect(offices.map((o) => o.duties.length)).toEqual([7, 9, 7, 7, 9, 8, 11, 9, 4, 9, 7, 8, 7]);
  });

  it('keeps the source numbering and records its gaps instead of renumbering', () => {
    const tech = office('technology-support-and-development-department');
    expect(tech.duties.map((d) => d.number)).toEqual([1, 2, 3, 5, 6, 7, 8, 9]);
    expect(tech.missingNumbers).toEqual([4]);
    const audit = office('discipline-inspection-and-audit-office');
    expect(audit.duties.map((d) => d.number)).toEqual([1, 2, 3, 4, 6, 7, 8]);
    expect(audit.missingNumbers).toEqual([5]);
    const gaps = offices.filter((o) => o.missingNumbers.length > 0).map((o) => o.id);
    expect(gaps).toEqual([
      'technology-support-and-development-department',
      'discipline-inspection-and-audit-office',
    ]);
  });

  it('reads numbers written differently and markers without a separator before them', () => {
    const loans = office('loan-management-office');
    expect(loans.duties.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(loans.duties[1]!.text).toBe(
      'Responsible for drafting regulatory documents and plans for the city’s provident fund loan policy adjustments;',
    );
    expect(
      loans.duties[2]!.text.startsWith('Responsible for drafting and formulating provident fun'),
    ).toBe(true);
    expect(loans.duties[8]!.text.endsWith('asset securities')).toBe(true);
    expect(loans.duties[9]!.text.startsWith('Responsible')).toBe(true);
    const lawDuty6 = office('law-enforcement-supervision-division').duties[5]!;
    expect(lawDuty6.number).toBe(6);
    expect(lawDuty6.text.endsWith('relevant government departments')).toBe(true);
  });

  it('keeps sample duties verbatim', () => {
    expect(
      office('party-committee-office-organization-and-personnel-department').duties[0],
    ).toEqual({
      number: 1,
      text: 'Responsible for drafting the Party Committee’s work plan and summary, Party Committee documents and reports; responsible for organizing and arranging various meetings held by the Party Committee, and responsible for Party Committee information Reporting and confidentiality work;',
    });
    const tech3 = office('technology-support-and-development-department').duties[2]!;
    expect(tech3.number).toBe(3);
    expect(
      tech3.text.endsWith('operation and maintenance of the central information system Standards;'),
    ).toBe(true);
    const audit8 = office('discipline-inspection-and-audit-office').duties.at(-1)!;
    expect(audit8).toEqual({
      number: 8,
      text: 'Cooperate with the national audit agencies and relevant superior units to conduct audit supervision of the center.',
    });
  });

  it('accounts for every character of every office body: nothing lost, nothing invented', () => {
    const bodies = rawBodies();
    expect(bodies.size).toBe(13);
    for (const o of offices) {
      const body = bodies.get(o.name);
      expect(body, o.name).toBeDefined();
      const split = splitDuties(body!);
      expect(split.leading).toBe('');
      expect(split.duties.map(({ number, text }) => ({ number, text }))).toEqual(o.duties);
      const rebuilt = split.duties.map((d) => d.marker + d.text).join('');
      expect(stripSpace(rebuilt)).toBe(stripSpace(body!));
      for (const d of o.duties) {
        expect(d.text).not.toMatch(/^\d/);
        expect(d.text).toBe(d.text.replace(/\s+/g, ' ').trim());
      }
    }
  });
});

describe('splitDuties', () => {
  it('treats numbers inside the text as text', () => {
    const split = splitDuties('1. Run the 12329 hotline and 3 desks; 2. Keep 2019, 2020 records.');
    expect(split.duties).toHaveLength(2);
    expect(split.duties[1]!.text).toBe('Keep 2019, 2020 records.');
  });

  it('records gaps, including a missing first number', () => {
    expect(splitDuties('2. A; 5. B').missingNumbers).toEqual([1, 3, 4]);
  });

  it('reads a paragraph of 100,000 rejected candidate markers', () => {
    // Each " 2." has the next number but neither ends a sentence nor precedes a capital, so every
    // one is checked and rejected; looking at the whole paragraph each time would never finish.
    const paragraph = `1. Start${' 2. x'.repeat(100_000)}`;
    const split = splitDuties(paragraph);
    expect(split.duties).toHaveLength(1);
    expect(split.duties[0]).toMatchObject({ number: 1, marker: '1.', start: 0 });
    expect(split.duties[0]!.text).toBe(`Start${' 2. x'.repeat(100_000)}`);
    expect(split.missingNumbers).toEqual([]);
  });
});

describe('parseSourceText', () => {
  it('reports text with no duties with a line number', () => {
    const result = parseSourceText('Just a title\n\nNothing numbered here\n');
    expect(result.organization).toBeNull();
    expect(result.problems[0]!.line).toBe(1);
    expect(result.problems[0]!.message).toMatch(/No numbered duties/);
  });

  it('reads a minimal page without a site title', () => {
    const result = parseSourceText(
      'Internal organizations of Example Council\n\nRoads Office\n\n1. Fix roads; 2. Plan roads.\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.organization!.name).toBe('Example Council');
    expect(result.organization!.root.children[0]!.duties).toEqual([
      { number: 1, text: 'Fix roads;' },
      { number: 2, text: 'Plan roads.' },
    ]);
  });

  it('keeps ids unique when names repeat or have no Latin letters', () => {
    const result = parseSourceText('Org\n\nA\n\n1. x\n\nA\n\n1. y\n\n财务处\n\n1. z\n');
    expect(result.organization!.root.children.map((o) => o.id)).toEqual(['a', 'a-2', 'unit-3']);
  });
});
