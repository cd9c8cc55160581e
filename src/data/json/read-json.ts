/**
 * The JSON reader: turns untrusted JSON, nested or flat (docs/data-format.md), into an
 * {@link Organization} or precise problems. A file is used whole or not at all.
 */
import type { Office, Organization } from '../../model/organization.ts';
import { buildFlatTree } from '../flat-tree.ts';
import { MAX_UNITS } from '../limits.ts';
import { normalizeWhitespace } from '../names.ts';
import { collector, finish, toFileProblems, type DataProblem } from '../problems.ts';
import type { ReadResult } from '../input-formats.ts';
import { UnitIds } from '../unit-ids.ts';
import { reportIssues } from './issues.ts';
import { describe, isObject, placePath, tailPath, type Place } from './paths.ts';
import { headerShallowSchema } from './schema.ts';
import { syntaxProblem } from './syntax.ts';
import { readNested, readUnit, rootOffice, type Context } from './units.ts';

export interface OrganizationJsonResult {
  /** Null whenever there is any problem: a file is used whole or not at all. */
  organization: Organization | null;
  problems: DataProblem[];
}

/** Reads a flat `units` list: each unit validated in file order, then the tree built from parentId. */
function readFlat(units: readonly unknown[], orgName: string, ctx: Context): Office | null {
  const place = (i: number): Place => ({ parent: null, segment: `units[${i}]` });
  return buildFlatTree({
    count: units.length,
    unitAt(i) {
      const unit = readUnit(units[i], place(i), 'flat', ctx);
      const parentId = unit?.raw.parentId;
      return {
        office: unit?.office ?? null,
        id: unit?.id,
        parentId:
          typeof parentId === 'string' || typeof parentId === 'number' ? String(parentId) : null,
        context: unit?.context ?? '',
      };
    },
    where: (i, field) => placePath(place(i), field ? [field] : []),
    whereList: 'units',
    rootHint: 'leave out parentId (or set it to null) on the top unit',
    organizationName: orgName,
    problems: ctx.problems,
  });
}

/** Validates already-parsed JSON and builds the organisation it describes. */
export function readOrganizationData(data: unknown): OrganizationJsonResult {
  const problems = collector();
  if (!isObject(data)) {
    const shape = '{"name": "…", "children": […]} or {"name": "…", "units": […]}';
    problems.add(
      () => '',
      Array.isArray(data)
        ? `The JSON is a list; expected one object describing the organisation, such as ${shape}.`
        : `The JSON is ${describe(data)}; expected an object describing the organisation, such as ${shape}.`,
    );
    return { organization: null, problems: finish(problems) };
  }

  const header = headerShallowSchema.safeParse(data);
  if (!header.success) {
    reportIssues(problems, header.error, data, (keys) => tailPath(keys).slice(1), 'top', '');
  }
  const given = (['root', 'children', 'units'] as const).filter((key) => data[key] !== undefined);
  if (given.length !== 1) {
    problems.add(
      () => '',
      given.length === 0
        ? 'The document has no units: give them as "root" (one unit), "children" (a list of units) or "units" (a flat list).'
        : `Give the units in one way only; the document has ${given.map((k) => `"${k}"`).join(' and ')}.`,
    );
    return { organization: null, problems: finish(problems) };
  }

  const name = typeof data.name === 'string' ? normalizeWhitespace(data.name) : '';
  const ctx: Context = { problems, ids: new UnitIds(problems), skipped: 0, read: 0 };
  const shape = given[0]!;
  const value = data[shape];
  let root: Office | null = null;
  if (shape === 'root') {
    root = readNested([{ value, place: { parent: null, segment: 'root' } }], null, 0, ctx);
  } else if (shape === 'children' && Array.isArray(value)) {
    root = rootOffice(name, ctx);
    readNested(
      value.map((child, i) => ({
        value: child,
        place: { parent: null, segment: `children[${i}]` },
      })),
      root,
      1,
      ctx,
    );
  } else if (
    shape === 'units' &&
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= MAX_UNITS
  ) {
    root = readFlat(value, name, ctx);
  }

  if (problems.total > 0 || !root || !header.success) {
    return { organization: null, problems: finish(problems) };
  }
  ctx.ids.assign();
  const source = header.data.source;
  return {
    organization: {
      name,
      root,
      attribution: {
        title: source?.title ? normalizeWhitespace(source.title) : name,
        ...(source?.url ? { url: source.url } : {}),
        ...(source?.note ? { note: normalizeWhitespace(source.note) } : {}),
      },
    },
    problems: [],
  };
}

/** Reads an organisation from JSON text in either documented shape, nested or flat. */
export function parseOrganizationJson(text: string): OrganizationJsonResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { organization: null, problems: [syntaxProblem(text.replace(/^\uFEFF/, ''), error)] };
  }
  return readOrganizationData(data);
}

/** The JSON row of the input-format table: problems placed by line and column, or by path. */
export function readJsonFile(text: string): ReadResult {
  const { organization, problems } = parseOrganizationJson(text);
  return { organization, problems: toFileProblems(problems) };
}
