import { formatNumber } from '../model/format.ts';
import type { Office, Organization } from '../model/organization.ts';
import { reportIssues } from './json/issues.ts';
import { tailPath } from './json/paths.ts';
import { builtOfficeSchema, nameSchema } from './json/schema.ts';
import { MAX_DEPTH, MAX_UNITS } from './limits.ts';
import { collector, finish, quote, TOO_DEEP, type DataProblem } from './problems.ts';

/** Checks an organisation built by another reader (the text parser) against the same limits. */
export function checkOrganization(org: Organization): DataProblem[] {
  const problems = collector();
  const name = nameSchema.safeParse(org.name);
  if (!name.success) {
    reportIssues(problems, name.error, org.name, () => 'name', 'top', '');
  }
  const seen = new Set<string>();
  let units = 0;
  const stack: { office: Office; depth: number }[] = [{ office: org.root, depth: 0 }];
  while (stack.length > 0) {
    const { office, depth } = stack.pop()!;
    const where = () => `unit ${quote(office.name)} (id ${office.id})`;
    if (++units > MAX_UNITS + 1) {
      problems.add(
        () => '',
        `The organisation has more than ${formatNumber(MAX_UNITS)} units; the limit is ${formatNumber(MAX_UNITS)}.`,
      );
      break;
    }
    if (depth > MAX_DEPTH) {
      problems.add(where, TOO_DEEP);
      break;
    }
    const parsed = builtOfficeSchema.safeParse(office);
    if (!parsed.success) {
      reportIssues(
        problems,
        parsed.error,
        office,
        (keys) => `${where()}${tailPath(keys)}`,
        'office',
        '',
      );
    }
    if (seen.has(office.id))
      problems.add(where, `Id ${quote(office.id)} is used by more than one unit.`);
    seen.add(office.id);
    for (const child of office.children) stack.push({ office: child, depth: depth + 1 });
  }
  return finish(problems);
}
