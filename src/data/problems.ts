/**
 * Problems a reader found, and the small pieces of wording every reader shares. A problem says
 * where (a JSON path, a line, a unit) and what is wrong, in a sentence a person editing the file
 * can act on.
 */
import { formatCount, formatNumber } from '../model/format.ts';
import { MAX_COUNTED_PROBLEMS, MAX_DEPTH, MAX_PROBLEMS } from './limits.ts';

/** Where the data is wrong: a JSON path such as `units[3].duties[2].number`, and what is wrong. */
export interface DataProblem {
  /** JSON path, or a unit's name and id for an organisation read from text; empty for the file. */
  path: string;
  message: string;
  /** 1-based position of a JSON syntax error. */
  line?: number;
  column?: number;
}

/** Collects problems as a reader finds them, keeping only what will be shown. */
export interface Collector {
  readonly list: DataProblem[];
  /** Every problem reported, shown or not. */
  total: number;
  /** Enough problems found that reading should stop. */
  full: boolean;
  /** Builds the path lazily: only the first {@link MAX_PROBLEMS} are ever spelled out. */
  add(path: () => string, message: string): void;
}

/** A fresh, empty {@link Collector}. */
export function collector(): Collector {
  const list: DataProblem[] = [];
  return {
    list,
    total: 0,
    full: false,
    add(path, message) {
      this.total++;
      this.full = this.total >= MAX_COUNTED_PROBLEMS;
      if (list.length < MAX_PROBLEMS) list.push({ path: path(), message });
    },
  };
}

/** The problems to show: the first ones in full, then one line counting the rest. */
export function finish(problems: Collector): DataProblem[] {
  const hidden = problems.total - problems.list.length;
  if (hidden <= 0) return problems.list;
  const message = problems.full
    ? `…and at least ${formatCount(hidden, 'more problem')}; reading stopped there.`
    : `…and ${formatCount(hidden, 'more problem')}.`;
  return [...problems.list, { path: '', message }];
}

/** Text from the file in double quotes, shortened to `max` characters. */
export const quote = (text: string, max = 60) =>
  `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;

/** Puts "(in unit …)" before a message's closing full stop. */
export const withContext = (message: string, context: string) =>
  context ? `${message.replace(/\.$/, '')} ${context}.` : message;

/** What is wrong with a tree nested deeper than {@link MAX_DEPTH} levels, in every format. */
export const TOO_DEEP = `Units are nested more than ${formatNumber(MAX_DEPTH)} levels deep; the limit is ${formatNumber(MAX_DEPTH)}.`;

/** What is wrong and where, as the file's reader shows it: "file", "line 12", "line 3, column 7" or a JSON path. */
export interface FileProblem {
  where: string;
  message: string;
}

/** Places each problem for the reader: by line and column when known, else by path, else "file". */
export function toFileProblems(problems: readonly DataProblem[]): FileProblem[] {
  return problems.map((problem) => ({
    where:
      problem.line !== undefined
        ? `line ${problem.line}, column ${problem.column ?? 1}`
        : problem.path || 'file',
    message: problem.message,
  }));
}
