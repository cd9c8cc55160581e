import { checkOrganization } from './check-organization.ts';
import type { ReadResult } from './input-formats.ts';
import { parseSourceText } from './parse-source.ts';
import { toFileProblems, type FileProblem } from './problems.ts';

/**
 * The text row of the input-format table: a page laid out like the published source. Like the
 * built-in source, text is read as far as it makes sense, so it can load with problems listed;
 * it is refused only when it holds no organisation or breaks the limits every format shares.
 */
export function readTextFile(text: string): ReadResult {
  const parsed = parseSourceText(text);
  const problems: FileProblem[] = parsed.problems.map((p) => ({
    where: `line ${p.line}`,
    message: p.message,
  }));
  if (!parsed.organization) return { organization: null, problems };
  const limits = checkOrganization(parsed.organization);
  return {
    organization: limits.length > 0 ? null : parsed.organization,
    problems: [...problems, ...toFileProblems(limits)],
  };
}
