/**
 * The question box's small domain thesaurus: the words people ask with, mapped to the words
 * public bodies write duties in. Plain public-administration English (a lawsuit is "litigation",
 * hiring is "human resources", buying is "procurement"), plus what the Center's source needs
 * because of its translated wording (an employer is a "depositing unit", a manager is a "cadre",
 * taking money out is "withdrawal" or "extraction"). Written by reading
 * `src/data/internal-organizations.txt`; every group is general enough to help any organisation.
 *
 * Each group reads: a person who says any of `asks` means, among other things, `means`. Both sides
 * are plain words or short phrases; they are stemmed with `words.ts` when the table is built, so
 * "complain", "complains" and "complaining" need one entry.
 */
import { wordsOf } from './words.ts';

/** One group of the thesaurus. */
export interface ThesaurusGroup {
  /** What people say: words or phrases of up to three words, matched word for word. */
  readonly asks: readonly string[];
  /** What duties say instead. */
  readonly means: readonly string[];
}

/**
 * Words that turn the next word around ("not paid", "hasn't paid"). They are never searched for
 * themselves; a thesaurus phrase may start with "not", which any of these stands for.
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'without',
  "don't",
  "doesn't",
  "didn't",
  "hasn't",
  "haven't",
  "isn't",
  "aren't",
  "won't",
  "wasn't",
  "can't",
  'cannot',
  'stop',
  'stopped',
  'stops',
  'refuse',
  'refuses',
  'refused',
  'fail',
  'fails',
  'failed',
]);

/** The thesaurus, grouped by topic so a reader can check it against the source. */
export const THESAURUS: readonly ThesaurusGroup[] = [
  // Courts and the law
  {
    asks: ['court', 'courts', 'lawsuit', 'sue', 'sued', 'legal action', 'judge', 'trial'],
    means: ['litigation', 'judicial', 'proceedings', 'reconsideration', 'hearings'],
  },
  { asks: ['appeal', 'review decision'], means: ['reconsideration', 'hearings', 'appeals'] },
  {
    asks: ['law', 'laws', 'rule', 'rules', 'legislation', 'bylaw'],
    means: ['regulations', 'legislative', 'policies', 'standards'],
  },
  { asks: ['write', 'draft', 'drafts'], means: ['drafting', 'formulating', 'formulation'] },
  { asks: ['legal', 'lawful', 'legality'], means: ['compliance', 'legal', 'law'] },
  {
    asks: ['break rules', 'break law', 'illegal', 'unlawful', 'violation', 'breach'],
    means: ['violate', 'law enforcement', 'cases', 'punishment'],
  },
  {
    asks: ['fine', 'fines', 'penalty', 'penalise', 'penalize', 'sanction', 'punish'],
    means: ['punishment', 'law enforcement', 'cases', 'violate'],
  },
  {
    asks: ['contract', 'agreement', 'deal'],
    means: ['contracts', 'agreement texts', 'agreements'],
  },
  // Corruption and wrongdoing
  {
    asks: ['bribe', 'bribes', 'bribery', 'graft', 'kickback', 'embezzle', 'embezzlement'],
    means: ['corruption', 'clean government', 'discipline', 'accusations'],
  },
  {
    asks: ['misconduct', 'wrongdoing', 'abuse', 'whistleblower', 'tip-off'],
    means: ['discipline', 'accusations', 'accountability', 'corruption'],
  },
  {
    asks: ['fraud', 'fake', 'forged', 'false', 'cheat', 'cheating', 'scam', 'lie'],
    means: ['fraudulent', 'evidence collection', 'punishment'],
  },
  {
    asks: ['investigate', 'probe', 'investigation'],
    means: ['investigate', 'inspection', 'cases'],
  },
  {
    asks: ['official', 'officials', 'executive', 'executives', 'leader', 'leaders', 'senior staff'],
    means: ['cadres', 'cadre'],
  },
  { asks: ['senior', 'top'], means: ['high-level', 'middle'] },
  { asks: ['report', 'reporting'], means: ['reports', 'accusations', 'reporting'] },
  // Complaints, letters, the public
  {
    asks: ['complain', 'complaint', 'grievance', 'unhappy', 'dissatisfied', 'rude', 'bad service'],
    means: ['complaint', 'complaints', 'petition', 'disputes'],
  },
  {
    asks: ['letter', 'letters', 'mail', 'email', 'write to'],
    means: ['letters', 'calls', 'petition'],
  },
  {
    asks: ['hotline', 'phone', 'call', 'telephone', 'helpline'],
    means: ['hotline', '12329', 'calls'],
  },
  {
    asks: [
      'counter',
      'counters',
      'front desk',
      'service centre',
      'service center',
      'branch office',
    ],
    means: ['window service', 'window'],
  },
  {
    asks: ['branch', 'branches', 'local office', 'district', 'districts', 'county'],
    means: ['district', 'county', 'management department'],
  },
  {
    asks: ['press', 'media', 'journalist', 'journalists', 'newspaper', 'reporter', 'reporters'],
    means: ['media liaison', 'news publicity'],
  },
  {
    asks: ['transparency', 'open government', 'freedom information', 'disclose'],
    means: ['information disclosure', 'disclosure'],
  },
  {
    asks: ['deputy', 'deputies', 'lawmaker', 'lawmakers', 'parliament', 'congress', 'delegate'],
    means: ["people's congress", 'political consultative', 'proposals'],
  },
  // Paying in and taking out
  {
    asks: ['employer', 'employers', 'boss', 'company', 'companies', 'firm', 'firms'],
    means: ['depositing units', 'payment', 'evasion'],
  },
  {
    asks: [
      'not pay',
      'not paid',
      'not paying',
      'not been paid',
      'unpaid',
      'arrears',
      'owe',
      'owed',
    ],
    means: ['evasion', 'arrears', 'rights protection', 'violate', 'complaints'],
  },
  {
    asks: ['pay', 'pays', 'paying', 'paid', 'contribution', 'contributions', 'contribute'],
    means: ['payment', 'deposit', 'collection'],
  },
  {
    asks: ['contribution base', 'salary', 'wage', 'wages', 'how much'],
    means: ['base adjustment'],
  },
  {
    asks: [
      'withdraw',
      'take out',
      'take money out',
      'cash out',
      'get money',
      'get my money',
      'refund',
    ],
    means: ['withdrawal', 'extraction'],
  },
  { asks: ['money', 'cash', 'savings'], means: ['funds', 'capital', 'fund'] },
  { asks: ['balance', 'my account', 'statement'], means: ['account information', 'inquiry'] },
  {
    asks: ['personal details', 'my details', 'address', 'update', 'correct'],
    means: ['personal information', 'change', 'inquiry'],
  },
  { asks: ['rights', 'protect', 'protection'], means: ['rights protection', 'interests'] },
  // Loans and housing
  {
    asks: ['mortgage', 'mortgages', 'home loan', 'borrow', 'borrowing', 'lend', 'lending'],
    means: ['loan', 'loans', 'borrower', 'credit'],
  },
  {
    asks: ['approve', 'approves', 'sign off', 'authorise', 'authorize'],
    means: ['approval', 'review'],
  },
  { asks: ['decide', 'decides', 'decision'], means: ['approval', 'decisions'] },
  {
    asks: ['unusual', 'exceptional', 'exception', 'special', 'odd'],
    means: ['non-standard', 'special', 'difficult'],
  },
  { asks: ['big', 'huge', 'large'], means: ['large'] },
  {
    asks: ['bad debt', 'bad debts', 'default', 'defaults', 'overdue', 'write off', 'write-off'],
    means: ['non-performing', 'write-off', 'judicial proceedings', 'preservation'],
  },
  { asks: ['recover', 'recovery', 'chase'], means: ['collection', 'preservation', 'write-off'] },
  {
    asks: ['bond', 'bonds', 'securitisation', 'securitization', 'securitise', 'securitize'],
    means: ['asset securities', 'securities'],
  },
  {
    asks: ['cheap', 'affordable', 'social housing', 'low-cost', 'low income', 'public housing'],
    means: ['affordable housing', 'public rental housing'],
  },
  {
    asks: ['flat', 'flats', 'apartment', 'apartments', 'home', 'homes', 'house'],
    means: ['housing', 'houses'],
  },
  { asks: ['rent', 'rental', 'renting', 'tenant'], means: ['rental'] },
  { asks: ['build', 'builds', 'construction'], means: ['construction', 'project'] },
  { asks: ['property value', 'valuation', 'collateral'], means: ['collateral', 'market values'] },
  { asks: ['renovation', 'decorate', 'fit-out'], means: ['decoration'] },
  // Banks and money management
  {
    asks: ['bank', 'banks', 'lender', 'lenders'],
    means: ['entrusted bank', 'undertaking bank', 'trustee banks', 'entrusting bank'],
  },
  {
    asks: ['check', 'checks', 'oversee', 'oversight', 'monitor', 'police', 'watch', 'control'],
    means: ['supervising', 'supervision', 'assessing', 'inspection', 'monitoring', 'review'],
  },
  { asks: ['invest', 'invests', 'investment', 'investing'], means: ['investment', 'value-added'] },
  {
    asks: ['balance sheet', 'liabilities', 'solvency', 'cash flow'],
    means: ['assets and liabilities', 'liquidity'],
  },
  { asks: ['budget', 'budgets', 'spending', 'finances'], means: ['budget', 'financial'] },
  {
    asks: ['figures', 'numbers', 'statistics', 'stats', 'data'],
    means: ['statistical analysis', 'annual reports', 'information'],
  },
  { asks: ['yearly', 'annually', 'every year'], means: ['annual'] },
  { asks: ['publish', 'publishes', 'public'], means: ['disclosure', 'publicity', 'reports'] },
  // Staff and the organisation itself
  {
    asks: ['hire', 'hiring', 'recruit', 'recruitment', 'jobs', 'job', 'hr', 'personnel'],
    means: ['human resources', 'employee team', 'cadre team', 'personnel'],
  },
  { asks: ['staff', 'employees', 'workers'], means: ['employee', 'cadre', 'team'] },
  { asks: ['retired', 'retiree', 'retirees', 'pensioner', 'pensioners'], means: ['retiree'] },
  { asks: ['train', 'trains', 'training', 'teach', 'coach'], means: ['training', 'guidance'] },
  {
    asks: ['buy', 'buys', 'purchase', 'purchasing', 'procure', 'supplies'],
    means: ['procurement', 'acquisition'],
  },
  { asks: ['car', 'cars', 'vehicle', 'fleet'], means: ['vehicles'] },
  { asks: ['canteen', 'cafeteria', 'lunch', 'food', 'meals'], means: ['meal'] },
  { asks: ['stamp', 'chop', 'seal'], means: ['seal'] },
  { asks: ['record', 'records', 'archive', 'paperwork'], means: ['archiving', 'filing', 'file'] },
  { asks: ['papers', 'documents', 'paperwork'], means: ['documents', 'certificate', 'materials'] },
  { asks: ['meeting', 'meetings', 'conference'], means: ['meetings', 'conference'] },
  { asks: ['foreign', 'overseas', 'international', 'visitors'], means: ['foreign affairs'] },
  { asks: ['secret', 'secrets', 'confidential', 'classified'], means: ['confidentiality'] },
  {
    asks: ['political education', 'ideology', 'propaganda', 'indoctrination'],
    means: ['ideological', 'political theory', 'publicity'],
  },
  { asks: ['party members', 'communist'], means: ['party branches', 'party members', 'party'] },
  // Technology
  {
    asks: ['website', 'web', 'online', 'internet', 'site', 'portal'],
    means: ['website', 'portal', 'online', 'internet'],
  },
  { asks: ['app', 'apps', 'mobile', 'smartphone'], means: ['mobile apps', 'app', 'apps'] },
  { asks: ['text message', 'sms', 'texts', 'texting'], means: ['sms'] },
  { asks: ['wechat', 'weibo', 'social media'], means: ['wechat', 'weibo', 'social network'] },
  {
    asks: [
      'hacker',
      'hackers',
      'hacking',
      'cyber',
      'cybersecurity',
      'privacy',
      'data protection',
      'protect data',
      'data security',
    ],
    means: ['information security', 'confidentiality'],
  },
  {
    asks: ['ict', 'computer', 'computers', 'hardware', 'software', 'equipment'],
    means: ['computers', 'equipment', 'information system', 'technical'],
  },
  { asks: ['architecture', 'system design'], means: ['overall architecture', 'design'] },
  // Risk and emergencies
  {
    asks: ['crisis', 'emergency', 'disaster', 'incident', 'outage'],
    means: ['emergency plans', 'emergencies', 'risk'],
  },
  { asks: ['danger', 'threat', 'exposure'], means: ['risk'] },
];

/** A word or phrase the thesaurus knows, as stems, and what it stands for. */
export interface ThesaurusEntry {
  /** The stems of what people say, "not" for any negation. */
  readonly key: readonly string[];
  /** The source words it stands for, each with its stem. */
  readonly means: readonly { readonly word: string; readonly stem: string }[];
}

/** The stem a negation stands for in a thesaurus key. */
export const NOT = 'not';

/** The stems of a word or phrase, "not" for any negation. */
function keyStems(phrase: string): string[] {
  return wordsOf(phrase).map((word) => (NEGATIONS.has(word.text) ? NOT : word.stem));
}

/**
 * The thesaurus keyed by the stems of what people say (joined by spaces), each key with every
 * source word its groups stand for (stop words left out of those). Keys keep every word, stop
 * words too, so "take out" never becomes "take" and catches "taking bribes".
 */
export function thesaurusByKey(
  groups: readonly ThesaurusGroup[],
  isStop: (word: string, stem: string) => boolean,
): Map<string, ThesaurusEntry> {
  const byKey = new Map<string, { key: string[]; means: Map<string, string> }>();
  for (const group of groups) {
    const means: { word: string; stem: string }[] = [];
    for (const phrase of group.means) {
      for (const word of wordsOf(phrase)) {
        if (!isStop(word.text, word.stem)) means.push({ word: word.text, stem: word.stem });
      }
    }
    for (const ask of group.asks) {
      const key = keyStems(ask);
      if (key.length === 0) continue;
      const joined = key.join(' ');
      const entry = byKey.get(joined) ?? { key, means: new Map<string, string>() };
      for (const mean of means)
        if (!entry.means.has(mean.stem)) entry.means.set(mean.stem, mean.word);
      byKey.set(joined, entry);
    }
  }
  const result = new Map<string, ThesaurusEntry>();
  for (const [joined, { key, means }] of byKey) {
    result.set(joined, { key, means: [...means].map(([stem, word]) => ({ word, stem })) });
  }
  return result;
}

/** Longest key, in stems: phrases are looked for from this length down. */
export const MAX_KEY_LENGTH = 3;
