/**
 * The curated functions people filter duties by. A duty belongs to a function when one of
 * the function's terms occurs in it at the start of a word (see `match.ts`), so a duty can belong
 * to several functions and every function is explainable by pointing at the words that put it there.
 */
import type { FunctionColours } from '../palette/theme.ts';

export interface DutyFunction extends FunctionColours {
  /** Stable, URL-safe id (kept in links, so never renamed). */
  id: string;
  label: string;
  /**
   * Word stems and phrases matched case-insensitively at word starts: `audit` finds "audits" and
   * "auditing" but `law` never finds "flaw". Phrases keep a term precise where a single word is
   * not (`party committee` rather than `party`, which would also find "third-party").
   */
  terms: readonly string[];
}

/*
 * Hues follow Okabe & Ito and Paul Tol's colour-blind-safe schemes, darkened (light theme) or
 * lightened (dark theme) to reach the contrast thresholds. Twelve categories is more than any
 * palette keeps distinct for every kind of colour vision, so the view always pairs a colour with
 * the function's label.
 */
export const DUTY_FUNCTIONS: readonly DutyFunction[] = [
  {
    id: 'risk',
    label: 'Risk',
    colour: '#c05000',
    darkColour: '#f5793a',
    terms: ['risk', 'liquidity', 'due diligence', 'non-performing', 'emergenc'],
  },
  {
    id: 'audit',
    label: 'Audit, inspection & discipline',
    colour: '#7b3294',
    darkColour: '#c28ce0',
    terms: [
      'audit',
      'inspect',
      'disciplin',
      'corruption',
      'clean government',
      'accountability',
      'rectification',
      'internal control',
    ],
  },
  {
    id: 'finance',
    label: 'Finance & accounting',
    colour: '#117733',
    darkColour: '#5bbf6e',
    terms: [
      'financ',
      'accounting',
      'accounts',
      'account books',
      'ledger',
      'budget',
      'capital',
      'fund management',
      'fund transfer',
      'asset',
      'liabilit',
      'statement',
      'income',
      'value-added',
      'investment operations',
      'investment projects',
      'input-output',
      'securities',
      'vouchers',
      'write-off',
    ],
  },
  {
    id: 'loans',
    label: 'Loans & credit',
    colour: '#0072b2',
    darkColour: '#56b4e9',
    // Not bare "credit": the risk division's duty covers all risk "except credit risk".
    terms: [
      'loan',
      'borrower',
      'collateral',
      'mortgage',
      'non-performing',
      'credit system',
      'credit scoring',
      'credit management',
      'credit rating',
      'creditworth',
    ],
  },
  {
    id: 'collection',
    label: 'Collection & withdrawal',
    colour: '#946300',
    darkColour: '#e69f00',
    terms: [
      'withdraw',
      'extraction',
      'deposit',
      'payment',
      'collected funds',
      'collection entrusting',
      'base adjustment',
      'evasion',
    ],
  },
  {
    id: 'law',
    label: 'Law, policy & enforcement',
    colour: '#332288',
    darkColour: '#9d8df1',
    terms: [
      'law',
      'legal',
      'legislat',
      'regulatory',
      'policies and regulations',
      'polic',
      'industry research',
      'long-term development plan',
      'litigation',
      'reconsideration',
      'hearing',
      'judicial',
      'enforcement',
      'complian',
      'contract',
      'punish',
      'evidence',
      'violat',
      'fraud',
    ],
  },
  {
    id: 'technology',
    label: 'Technology & internet',
    colour: '#0e7c7b',
    darkColour: '#44bbaa',
    terms: [
      'technolog',
      'technical',
      'internet',
      'online',
      'website',
      'portal',
      'information system',
      'information security',
      'informatization',
      'computer',
      'network',
      'software',
      'digital',
      'mobile',
      'apps',
      'sms',
      'weibo',
      'wechat',
      'office oa',
    ],
  },
  {
    id: 'service',
    label: 'Service, petitions & complaints',
    colour: '#aa3377',
    darkColour: '#ee88bb',
    terms: [
      'service',
      'petition',
      'complain',
      'letters and calls',
      'hotline',
      '12329',
      'window',
      'inquir',
      'process improvement',
    ],
  },
  {
    id: 'party',
    label: 'Party work & personnel',
    colour: '#b2182b',
    darkColour: '#f47a7a',
    terms: [
      'party committee',
      'party organization',
      'party branch',
      'party member',
      "party's",
      'party style',
      'ideolog',
      'civiliz',
      'cadre',
      'personnel',
      'human resources',
      'team building',
      'retiree',
      'recruit',
    ],
  },
  {
    id: 'statistics',
    label: 'Statistics & reporting',
    colour: '#6b6b1a',
    darkColour: '#c8c250',
    terms: [
      'statistic',
      'indicator',
      'reporting',
      'reports to',
      'documents and reports',
      'annual report',
      'analysis report',
      'evaluation report',
      'review report',
      'briefing',
      'information disclosure',
    ],
  },
  {
    id: 'housing',
    label: 'Housing projects',
    colour: '#8c510a',
    darkColour: '#d09a5b',
    terms: [
      'affordable housing',
      'public housing',
      'rental housing',
      'house',
      'acquisition',
      'decoration',
      'project loan',
      'project financing',
      'project selection',
      'project construction',
      'project management',
    ],
  },
  {
    id: 'administration',
    label: 'Administration',
    colour: '#5b6573',
    darkColour: '#a3aebd',
    terms: [
      'official document',
      'archiv',
      'file',
      'filing',
      'meeting',
      'conference affairs',
      'events',
      'summar',
      'manuscript',
      'seal',
      'procurement',
      'logistic',
      'vehicle',
      'meal',
      'printing',
      'confidential',
      'foreign affairs',
      'reception',
      'liaison',
      'news',
      'media',
    ],
  },
];

/** Every function id, in display order. */
export const FUNCTION_IDS: readonly string[] = DUTY_FUNCTIONS.map((tag) => tag.id);

const byId = new Map(DUTY_FUNCTIONS.map((tag) => [tag.id, tag]));

/** The function with this id, or undefined for an unknown id (e.g. from an old link). */
export function functionById(id: string): DutyFunction | undefined {
  return byId.get(id);
}
