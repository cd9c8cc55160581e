import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShanghaiCenter } from '../data/shanghai.ts';
import { composite, contrastRatio } from '../palette/colour.ts';
import {
  MARK_ALPHA,
  THEME_SURFACES,
  THEME_TEXT,
  functionColour,
  markBackground,
} from '../palette/theme.ts';
import { FUNCTION_IDS, DUTY_FUNCTIONS, functionById } from './functions.ts';
import { functionsOfDuty, matchFunction } from './match.ts';

const sourceText = readFileSync(
  new URL('../data/internal-organizations.txt', import.meta.url),
  'utf8',
);
const org = loadShanghaiCenter(sourceText);
const duties = org.root.children.flatMap((office) =>
  office.duties.map((duty) => ({ office, duty, label: `${office.id} #${duty.number}` })),
);

describe('the functions on the real dataset', () => {
  it('reads the 102 duties this test is about', () => {
    expect(duties).toHaveLength(102);
  });

  it('puts every duty in at least one function', () => {
    const uncovered = duties
      .filter(({ duty }) => functionsOfDuty(duty.text).length === 0)
      .map(({ label, duty }) => `${label}: ${duty.text}`);
    expect(uncovered, `Duties in no function:\n${uncovered.join('\n')}`).toEqual([]);
  });

  it('gives every function at least one duty, without any function swallowing most of them', () => {
    for (const tag of DUTY_FUNCTIONS) {
      const members = duties.filter(({ duty }) => matchFunction(duty.text, tag).length > 0);
      expect(members.length, `${tag.id} matches no duty`).toBeGreaterThan(0);
      // A function holding more than a third of all duties has stopped meaning anything.
      expect(members.length, `${tag.id} is a catch-all`).toBeLessThan(duties.length / 3);
    }
  });

  it('finds the obvious members of each function', () => {
    const functions = (officeId: string, number: number) => {
      const found = duties.find((d) => d.office.id === officeId && d.duty.number === number);
      if (!found) throw new Error(`no duty ${officeId} #${number}`);
      return functionsOfDuty(found.duty.text);
    };
    expect(functions('loan-management-office', 3)).toEqual(
      expect.arrayContaining(['risk', 'loans']),
    );
    expect(functions('discipline-inspection-and-audit-office', 3)).toContain('audit');
    expect(functions('fund-planning-management-office', 2)).toContain('finance');
    expect(functions('collection-management-office', 5)).toContain('collection');
    expect(functions('law-enforcement-supervision-division', 4)).toEqual(
      expect.arrayContaining(['law', 'audit']),
    );
    expect(functions('internet-development-office', 1)).toEqual(
      expect.arrayContaining(['technology', 'service']),
    );
    expect(functions('office-petition-office', 7)).toEqual(['service']);
    expect(functions('party-committee-office-organization-and-personnel-department', 5)).toEqual([
      'party',
    ]);
    expect(functions('operational-accounting-and-information-division', 9)).toContain('statistics');
    expect(functions('project-management-office', 5)).toEqual(['housing']);
    expect(functions('office-petition-office', 9)).toContain('administration');
  });

  it('does not mistake look-alike words for function terms', () => {
    // "third-party agencies" is not Party work; "accountability" is not accounting;
    // "Political Consultative Conference" is not conference administration.
    const byText = (text: string) => functionsOfDuty(text);
    expect(byText('Monitoring of third-party agencies')).not.toContain('party');
    expect(byText('Implement accountability for errors')).not.toContain('finance');
    expect(byText('Proposals of the Political Consultative Conference')).not.toContain(
      'administration',
    );
    expect(byText('A flaw in the design')).not.toContain('law');
  });
});

describe('function ids', () => {
  it('are unique, URL-safe and listed in FUNCTION_IDS', () => {
    expect(new Set(FUNCTION_IDS).size).toBe(DUTY_FUNCTIONS.length);
    expect(FUNCTION_IDS).toEqual(DUTY_FUNCTIONS.map((tag) => tag.id));
    for (const id of FUNCTION_IDS) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(encodeURIComponent(id)).toBe(id);
    }
  });

  it('are the twelve functions people filter by', () => {
    expect(FUNCTION_IDS).toEqual([
      'risk',
      'audit',
      'finance',
      'loans',
      'collection',
      'law',
      'technology',
      'service',
      'party',
      'statistics',
      'housing',
      'administration',
    ]);
  });

  it('look up functions by id and return undefined for unknown ids', () => {
    expect(functionById('audit')?.label).toBe('Audit, inspection & discipline');
    expect(functionById('nope')).toBeUndefined();
    expect(functionById('')).toBeUndefined();
  });

  it('have labels and terms', () => {
    for (const tag of DUTY_FUNCTIONS) {
      expect(tag.label.trim()).not.toBe('');
      expect(tag.terms.length).toBeGreaterThan(0);
      expect(new Set(tag.terms).size, `${tag.id} repeats a term`).toBe(tag.terms.length);
      for (const term of tag.terms) expect(term).toBe(term.trim().toLowerCase());
    }
  });
});

describe('the palette', () => {
  it('reaches 3:1 against the light and dark surfaces', () => {
    for (const tag of DUTY_FUNCTIONS) {
      expect(
        contrastRatio(tag.colour, THEME_SURFACES.light),
        `${tag.id} light ${tag.colour}`,
      ).toBeGreaterThanOrEqual(3);
      expect(
        contrastRatio(tag.darkColour, THEME_SURFACES.dark),
        `${tag.id} dark ${tag.darkColour}`,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses a different colour for every function in each theme', () => {
    expect(new Set(DUTY_FUNCTIONS.map((t) => t.colour.toLowerCase())).size).toBe(12);
    expect(new Set(DUTY_FUNCTIONS.map((t) => t.darkColour.toLowerCase())).size).toBe(12);
  });

  it('keeps body text at 4.5:1 on a tinted <mark> background', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const tag of DUTY_FUNCTIONS) {
        const tint = composite(
          functionColour(tag, theme),
          MARK_ALPHA[theme],
          THEME_SURFACES[theme],
        );
        expect(
          contrastRatio(THEME_TEXT[theme], tint),
          `${tag.id} ${theme} mark ${tint}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('gives the view a ready-made mark background', () => {
    const risk = functionById('risk')!;
    expect(markBackground(risk, 'light')).toMatch(/^rgb\(\d+ \d+ \d+ \/ 0\.22\)$/);
    expect(markBackground(risk, 'dark')).toMatch(/^rgb\(\d+ \d+ \d+ \/ 0\.4\)$/);
  });
});
