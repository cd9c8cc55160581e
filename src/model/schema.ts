/**
 * The JSON format for bringing your own organisation (documented in docs/data-format.md), its zod
 * schema, and a reader that turns untrusted JSON into an {@link Organization} or precise problems.
 *
 * zod validates one unit at a time while this module walks the tree with an explicit stack: a
 * recursive schema would recurse once per level, and user files may nest thousands of levels deep.
 * The recursive schema exists too, for the published JSON Schema; both are built from the same
 * field schemas, so they cannot drift apart.
 */
import { z } from 'zod';

import { IdAllocator, normalizeWhitespace } from './names.ts';
import type { Duty, Office, Organization } from './organization.ts';

// zod otherwise probes for eval (new Function) to speed up parsing, which our Content Security
// Policy forbids; the probe alone is reported as a violation.
z.config({ jitless: true });

/** Most units (offices, divisions, …) an organisation may have, not counting a synthetic root. */
export const MAX_UNITS = 50_000;
/** Most levels below the root. */
export const MAX_DEPTH = 10_000;
export const MAX_NAME_LENGTH = 500;
export const MAX_DUTY_LENGTH = 5_000;
export const MAX_DUTIES_PER_UNIT = 1_000;
export const MAX_DUTY_NUMBER = 9_999;
/** Every skipped duty number is stored, so a hostile numbering (1, 9999, …) must not cost memory. */
export const MAX_SKIPPED_NUMBERS = 100_000;
export const MAX_ID_LENGTH = 200;
/** Problems listed in full; the rest are counted in one closing line. */
export const MAX_PROBLEMS = 20;
/** Reading stops after this many problems: a file of 50,000 broken units would take seconds. */
export const MAX_COUNTED_PROBLEMS = 1_000;

/** Where the data is wrong: a JSON path such as `units[3].duties[2].number`, and what is wrong. */
export interface DataProblem {
  /** JSON path, or a unit's name and id for an organisation read from text; empty for the file. */
  path: string;
  message: string;
  /** 1-based position of a JSON syntax error. */
  line?: number;
  column?: number;
}

export interface OrganizationJsonResult {
  /** Null whenever there is any problem: a file is used whole or not at all. */
  organization: Organization | null;
  problems: DataProblem[];
}

// ---------------------------------------------------------------------------------------------
// The schema

const nonBlank = /\S/;

const nameSchema = z
  .string()
  .max(MAX_NAME_LENGTH)
  .regex(nonBlank)
  .meta({ description: 'Shown as written, with runs of whitespace collapsed.' });

const idSchema = z
  .union([z.string().max(MAX_ID_LENGTH).regex(/^\S+$/), z.int().min(0)])
  .meta({ description: 'Unique in the file; numbers are read as text. No spaces.' });

const dutyTextSchema = z.string().max(MAX_DUTY_LENGTH).regex(nonBlank);

const dutySchema = z
  .union([
    dutyTextSchema,
    z.strictObject({
      number: z
        .int()
        .min(1)
        .max(MAX_DUTY_NUMBER)
        .optional()
        .meta({ description: "Defaults to one more than the previous duty's number." }),
      text: dutyTextSchema,
    }),
  ])
  .meta({ description: 'A duty: its text, or its number and text.' });

const dutiesSchema = z
  .array(dutySchema)
  .max(MAX_DUTIES_PER_UNIT)
  .meta({ description: 'Numbered from 1 unless numbers are given; numbers must increase.' });

const unitFields = {
  name: nameSchema,
  duties: dutiesSchema.optional(),
};

/** A unit of the nested format; `children` recurses through a getter, which toJSONSchema follows. */
const nestedUnitSchema = z.strictObject({
  id: idSchema.optional(),
  // Spelled out: spreading unitFields here would defeat TypeScript's inference of the getter.
  name: unitFields.name,
  duties: unitFields.duties,
  get children() {
    return z.array(nestedUnitSchema).optional();
  },
});
// Registered rather than chained with .meta(), which would cost the getter its inferred type.
nestedUnitSchema.register(z.globalRegistry, { id: 'unit', title: 'Unit' });

/** The same unit with its children left unread, so the walk can validate one level at a time. */
const nestedUnitShallowSchema = z.strictObject({
  id: idSchema.optional(),
  ...unitFields,
  children: z.array(z.unknown()).optional(),
});

const flatUnitSchema = z
  .strictObject({
    id: idSchema,
    parentId: idSchema
      .nullable()
      .optional()
      .meta({ description: "The parent unit's id; absent or null for a root." }),
    ...unitFields,
  })
  .meta({ id: 'flatUnit', title: 'Unit (flat format)' });

const sourceSchema = z
  .strictObject({
    title: z.string().max(MAX_NAME_LENGTH).regex(nonBlank).optional(),
    url: z
      .httpUrl()
      .max(2_000)
      .regex(/^https?:\/\//)
      .optional(),
    note: z.string().max(1_000).regex(nonBlank).optional(),
  })
  .meta({ description: 'Where the data comes from, shown with the chart.' });

const headerShape = {
  $schema: z.string().max(2_000).optional(),
  name: nameSchema.meta({ description: "The organisation's name." }),
  source: sourceSchema.optional(),
};

const unitsSchema = z.array(flatUnitSchema).min(1).max(MAX_UNITS);

/** The whole document: the organisation's units as one `root`, as top-level `children`, or flat. */
export const organizationDocumentSchema = z
  .union([
    z.strictObject({ ...headerShape, root: nestedUnitSchema }),
    z.strictObject({ ...headerShape, children: z.array(nestedUnitSchema) }),
    z.strictObject({ ...headerShape, units: unitsSchema }),
  ])
  .meta({
    title: 'Orgscope organisation',
    description: 'An organisation for Orgscope. See docs/data-format.md.',
  });

/** The document with its units left unread: the walk validates them one at a time. */
const headerShallowSchema = z.strictObject({
  ...headerShape,
  root: z.unknown().optional(),
  children: z.array(z.unknown()).optional(),
  units: z.array(z.unknown()).min(1).max(MAX_UNITS).optional(),
});

/** Checks an office built by another reader (the text parser) against the same limits. */
const builtOfficeSchema = z.object({
  id: z.string().max(MAX_ID_LENGTH).regex(/^\S+$/),
  name: nameSchema,
  duties: z
    .array(z.object({ number: z.int().min(1).max(MAX_DUTY_NUMBER), text: dutyTextSchema }))
    .max(MAX_DUTIES_PER_UNIT),
});

/** The JSON Schema of the format, generated from the same zod schema the reader uses. */
export function organizationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(organizationDocumentSchema, { target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
}

// ---------------------------------------------------------------------------------------------
// Problems and their wording

type Key = string | number;

/** A unit's place in the document, kept as a parent chain so paths are only built when reported. */
interface Place {
  parent: Place | null;
  segment: string;
}

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
const quote = (text: string, max = 60) =>
  `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function tailPath(keys: readonly Key[]): string {
  return keys.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');
}

/** Deep paths are shortened in the middle: a 5,000-level path helps nobody. */
function placePath(place: Place | null, keys: readonly Key[] = []): string {
  const segments: string[] = [];
  for (let p = place; p; p = p.parent) segments.push(p.segment);
  segments.reverse();
  const shown =
    segments.length > 12
      ? [
          ...segments.slice(0, 4),
          `…(${count(segments.length - 10)} more levels)…`,
          ...segments.slice(-6),
        ]
      : segments;
  return `${shown.join('.')}${tailPath(keys)}`.replace(/^\./, '');
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${quote(value, 40)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  return 'an object';
}

function valueAt(root: unknown, keys: readonly Key[]): unknown {
  let value = root;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

const FIELD_LABELS: Record<string, string> = {
  $schema: '"$schema"',
  id: 'Id',
  parentId: '"parentId"',
  duties: 'The duties list',
  children: '"children"',
  units: '"units"',
  root: '"root"',
  source: '"source"',
  title: 'The source title',
  url: 'The source URL',
  note: 'The source note',
};

/** Names the field at the end of a path the way a person editing the file would call it. */
function labelFor(keys: readonly Key[], topLevel: boolean): string {
  const last = keys.at(-1);
  const before = keys.at(-2);
  if (last === undefined) return topLevel ? 'The document' : 'The unit';
  if (typeof last === 'number') {
    if (before === 'duties') return `Duty ${last + 1}`;
    return before === 'units' || before === 'children' ? 'The unit' : `Item ${last + 1}`;
  }
  if ((last === 'text' || last === 'number') && typeof before === 'number') {
    return `Duty ${before + 1} ${last}`;
  }
  if (last === 'name') return topLevel && keys.length === 1 ? 'The organisation name' : 'Name';
  return FIELD_LABELS[last] ?? `"${last}"`;
}

const ALLOWED_KEYS = {
  top: ['$schema', 'name', 'source', 'root', 'children', 'units'],
  nested: ['id', 'name', 'duties', 'children'],
  flat: ['id', 'parentId', 'name', 'duties'],
  duty: ['number', 'text'],
  source: ['title', 'url', 'note'],
  office: [],
} as const;
type NodeKind = keyof typeof ALLOWED_KEYS;

const EXPECTED: Record<string, string> = {
  string: 'a string',
  int: 'a whole number',
  number: 'a number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

/**
 * Rewrites one zod issue as plain sentences. A union issue is unwrapped to the branch that matches
 * the value's type, so a bad duty object reports its bad field rather than "invalid input".
 */
function explainIssue(
  issue: z.core.$ZodIssue,
  input: unknown,
  prefix: readonly Key[],
  kind: NodeKind,
): { keys: Key[]; message: string }[] {
  const keys = [...prefix, ...(issue.path as Key[])];
  const value = valueAt(input, keys);
  const label = labelFor(keys, kind === 'top');
  const say = (message: string) => [{ keys, message }];
  switch (issue.code) {
    case 'invalid_union': {
      const branch = issue.errors.find(
        (errors) => !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0),
      );
      if (branch) return branch.flatMap((inner) => explainIssue(inner, input, keys, kind));
      const expected = issue.errors.flatMap((errors) =>
        errors.flatMap((e) =>
          e.code === 'invalid_type' ? [EXPECTED[e.expected] ?? e.expected] : [],
        ),
      );
      const shape = keys.at(-2) === 'duties' ? ' such as {"number": 1, "text": "…"}' : '';
      return say(`${label} must be ${expected.join(' or ')}${shape}; found ${describe(value)}.`);
    }
    case 'invalid_type':
      if (value === undefined) return say(`${label} is missing.`);
      return say(
        `${label} must be ${EXPECTED[issue.expected] ?? issue.expected}; found ${describe(value)}.`,
      );
    case 'too_big':
      if (issue.origin === 'string') {
        return say(
          `${label} is ${plural((value as string).length, 'character')} long; the limit is ${count(Number(issue.maximum))}.`,
        );
      }
      if (issue.origin === 'array') {
        const what = keys.at(-1) === 'units' ? 'units' : 'items';
        return say(
          `${label} has ${count((value as unknown[]).length)} ${what}; the limit is ${count(Number(issue.maximum))}.`,
        );
      }
      return say(
        `${label} is ${String(value)}; the largest allowed is ${count(Number(issue.maximum))}.`,
      );
    case 'too_small':
      if (issue.origin === 'array') return say(`${label} is empty; give at least one.`);
      return say(
        `${label} is ${String(value)}; the smallest allowed is ${count(Number(issue.minimum))}.`,
      );
    case 'invalid_format':
      if (issue.format === 'url' || keys.at(-1) === 'url') {
        return say(`${label} must be a web address starting with http:// or https://.`);
      }
      if (keys.at(-1) === 'id' || keys.at(-1) === 'parentId') {
        return say(`${label} ${quote(String(value))} must be one word, without spaces.`);
      }
      return say(`${label} is empty.`);
    case 'unrecognized_keys': {
      const where: NodeKind =
        keys.at(-1) === 'source' ? 'source' : keys.at(-2) === 'duties' ? 'duty' : kind;
      const allowed = ALLOWED_KEYS[where].map((k) => `"${k}"`).join(', ');
      const shown = issue.keys.slice(0, 5).map((k) => quote(k));
      if (issue.keys.length > 5) shown.push(`and ${count(issue.keys.length - 5)} more`);
      const names = shown.join(', ');
      return say(
        `Unknown key${issue.keys.length === 1 ? '' : 's'} ${names}${allowed ? `; allowed keys are ${allowed}` : ''}.`,
      );
    }
    default:
      return say(`${label}: ${issue.message}.`);
  }
}

interface Collector {
  list: DataProblem[];
  total: number;
  /** Enough problems found that reading should stop. */
  full: boolean;
  /** Builds the path lazily: only the first {@link MAX_PROBLEMS} are ever spelled out. */
  add(path: () => string, message: string): void;
}

function collector(): Collector {
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

/** Puts "(in unit …)" before a message's closing full stop. */
const withContext = (message: string, context: string) =>
  context ? `${message.replace(/\.$/, '')} ${context}.` : message;

function finish(problems: Collector): DataProblem[] {
  const hidden = problems.total - problems.list.length;
  if (hidden <= 0) return problems.list;
  const message = problems.full
    ? `…and at least ${plural(hidden, 'more problem')}; reading stopped there.`
    : `…and ${plural(hidden, 'more problem')}.`;
  return [...problems.list, { path: '', message }];
}

/** Reports every issue of a failed parse, one per path so a field gets its first problem only. */
function reportIssues(
  problems: Collector,
  error: z.ZodError,
  input: unknown,
  pathOf: (keys: readonly Key[]) => string,
  kind: NodeKind,
  context: string,
): void {
  const seen = new Set<string>();
  for (const issue of error.issues) {
    for (const { keys, message } of explainIssue(issue, input, [], kind)) {
      const key = tailPath(keys);
      if (seen.has(key)) continue;
      seen.add(key);
      problems.add(() => pathOf(keys), withContext(message, context));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Building the organisation

interface Ids {
  /** Given ids, with the place that first used each, for duplicate messages. */
  given: Map<string, () => string>;
  /** Offices still without an id, in document order, with the fallback for an unsluggable name. */
  pending: { office: Office; fallback: string }[];
}

/** Gives the pending offices ids from their names, never one of the given ids. */
function assignIds(ids: Ids): void {
  const allocator = new IdAllocator();
  for (const id of ids.given.keys()) allocator.reserve(id);
  for (const { office, fallback } of ids.pending) {
    office.id = allocator.allocate(office.name, fallback);
  }
}

interface Context {
  problems: Collector;
  ids: Ids;
  /** Skipped duty numbers so far, against {@link MAX_SKIPPED_NUMBERS}. */
  skipped: number;
  /** Units read so far, numbering the ids of units whose names give no usable slug. */
  read: number;
}

type DutyInput = string | { number?: number | undefined; text: string };

/** Numbers the duties (a missing number follows the previous one) and records skipped numbers. */
function readDuties(
  raw: readonly DutyInput[],
  ctx: Context,
  pathOf: (keys: readonly Key[]) => string,
  context: string,
): { duties: Duty[]; missingNumbers: number[] } {
  const duties: Duty[] = [];
  const missingNumbers: number[] = [];
  let previous = 0;
  raw.forEach((item, i) => {
    const given = typeof item === 'string' ? undefined : item.number;
    const number = given ?? previous + 1;
    if (given !== undefined && given <= previous) {
      ctx.problems.add(
        () => pathOf(['duties', i, 'number']),
        withContext(
          `Duty ${i + 1} is numbered ${given}, after ${previous}: numbers must increase within a unit.`,
          context,
        ),
      );
      return;
    }
    if (number > MAX_DUTY_NUMBER) {
      ctx.problems.add(
        () => pathOf(['duties', i]),
        withContext(
          `Duty ${i + 1} would be numbered ${count(number)}; the largest duty number is ${count(MAX_DUTY_NUMBER)}.`,
          context,
        ),
      );
      return;
    }
    const gap = number - previous - 1;
    if (gap > 0) {
      ctx.skipped += gap;
      if (ctx.skipped > MAX_SKIPPED_NUMBERS && ctx.skipped - gap <= MAX_SKIPPED_NUMBERS) {
        ctx.problems.add(
          () => pathOf(['duties', i, 'number']),
          `The duty numbering skips more than ${count(MAX_SKIPPED_NUMBERS)} numbers in all; number duties 1, 2, 3, … or leave the numbers out.`,
        );
      }
      if (ctx.skipped <= MAX_SKIPPED_NUMBERS) {
        for (let n = previous + 1; n < number; n++) missingNumbers.push(n);
      }
    }
    const text = typeof item === 'string' ? item : item.text;
    duties.push({ number, text: normalizeWhitespace(text) });
    previous = number;
  });
  return { duties, missingNumbers };
}

/** How a unit is named in messages, once its name is known to be usable. */
function unitContext(value: Record<string, unknown>): string {
  const { name, id } = value;
  if (typeof name !== 'string' || !nonBlank.test(name) || name.length > MAX_NAME_LENGTH) return '';
  const idPart =
    typeof id === 'string' || typeof id === 'number' ? `, id ${quote(String(id))}` : '';
  return `(in unit ${quote(normalizeWhitespace(name))}${idPart})`;
}

/**
 * Validates one unit (without its children) and builds its office. Returns the office even when the
 * unit has problems, so the walk can go on and report problems further down.
 */
function readUnit(
  value: unknown,
  place: Place,
  kind: 'nested' | 'flat',
  ctx: Context,
): { office: Office; raw: Record<string, unknown> } | null {
  const pathOf = (keys: readonly Key[]) => placePath(place, keys);
  ctx.read++;
  if (!isObject(value)) {
    ctx.problems.add(
      () => pathOf([]),
      `A unit must be an object such as {"name": "…", "duties": […]}; found ${describe(value)}.`,
    );
    return null;
  }
  const context = unitContext(value);
  let checked: Record<string, unknown> = value;
  if (Array.isArray(value.duties) && value.duties.length > MAX_DUTIES_PER_UNIT) {
    // Skip validating a hostile list item by item: its length alone is the problem.
    ctx.problems.add(
      () => pathOf(['duties']),
      withContext(
        `The duties list has ${count(value.duties.length)} items; the limit is ${count(MAX_DUTIES_PER_UNIT)}.`,
        context,
      ),
    );
    checked = { ...value, duties: [] };
  }
  const schema = kind === 'nested' ? nestedUnitShallowSchema : flatUnitSchema;
  const parsed = schema.safeParse(checked);
  const office: Office = {
    id: '',
    name: typeof value.name === 'string' ? normalizeWhitespace(value.name) : '',
    duties: [],
    missingNumbers: [],
    children: [],
  };
  if (!parsed.success) {
    reportIssues(ctx.problems, parsed.error, value, pathOf, kind, context);
  } else if (parsed.data.duties) {
    Object.assign(office, readDuties(parsed.data.duties, ctx, pathOf, context));
  }

  const id = parsed.success ? parsed.data.id : undefined;
  if (id === undefined) {
    ctx.ids.pending.push({ office, fallback: `unit-${ctx.read}` });
  } else {
    office.id = String(id);
    const first = ctx.ids.given.get(office.id);
    if (first) {
      ctx.problems.add(
        () => pathOf(['id']),
        `Id ${quote(office.id)} is already used by ${first()}; ids must be unique.`,
      );
    } else {
      ctx.ids.given.set(office.id, () => pathOf([]));
    }
  }
  return { office, raw: value };
}

function rootOffice(name: string, ctx: Context): Office {
  const office: Office = { id: '', name, duties: [], missingNumbers: [], children: [] };
  // The synthetic root claims its id first, as the text parser's root does.
  ctx.ids.pending.unshift({ office, fallback: 'organization' });
  return office;
}

function tooDeep(ctx: Context, path: () => string): void {
  ctx.problems.add(
    path,
    `Units are nested more than ${count(MAX_DEPTH)} levels deep; the limit is ${count(MAX_DEPTH)}.`,
  );
}

function tooMany(ctx: Context, path: () => string): void {
  ctx.problems.add(
    path,
    `The file has more than ${count(MAX_UNITS)} units; the limit is ${count(MAX_UNITS)}.`,
  );
}

/** Walks nested units with an explicit stack, in document order. */
function readNested(
  first: { value: unknown; place: Place }[],
  parent: Office | null,
  depth: number,
  ctx: Context,
): Office | null {
  let root: Office | null = parent;
  if (first.length > MAX_UNITS) {
    tooMany(ctx, () => 'children');
    return null;
  }
  let seen = 0;
  let reportedDepth = false;
  const stack = first.map((entry) => ({ ...entry, parent, depth })).reverse();
  while (stack.length > 0 && !ctx.problems.full) {
    const frame = stack.pop()!;
    seen++;
    if (frame.depth > MAX_DEPTH) {
      if (!reportedDepth) tooDeep(ctx, () => placePath(frame.place));
      reportedDepth = true;
      continue;
    }
    const unit = readUnit(frame.value, frame.place, 'nested', ctx);
    if (!unit) continue;
    if (frame.parent) frame.parent.children.push(unit.office);
    else root = unit.office;
    const { children } = unit.raw;
    if (!Array.isArray(children)) continue;
    if (seen + stack.length + children.length > MAX_UNITS) {
      tooMany(ctx, () => placePath(frame.place, ['children']));
      return null;
    }
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({
        value: children[i],
        place: { parent: frame.place, segment: `children[${i}]` },
        parent: unit.office,
        depth: frame.depth + 1,
      });
    }
  }
  return root;
}

/** Resolves `parentId` links, reporting unknown parents and cycles, and builds the tree. */
function readFlat(units: readonly unknown[], orgName: string, ctx: Context): Office | null {
  const offices: (Office | null)[] = [];
  const parentIds: (string | null)[] = [];
  const places: Place[] = [];
  for (const [i, value] of units.entries()) {
    if (ctx.problems.full) return null;
    const place: Place = { parent: null, segment: `units[${i}]` };
    const unit = readUnit(value, place, 'flat', ctx);
    places.push(place);
    offices.push(unit?.office ?? null);
    const parentId = unit?.raw.parentId;
    parentIds.push(
      typeof parentId === 'string' || typeof parentId === 'number' ? String(parentId) : null,
    );
  }

  const indexOf = new Map<string, number>();
  offices.forEach((office, i) => {
    if (office && office.id && !indexOf.has(office.id)) indexOf.set(office.id, i);
  });
  const parentOf = parentIds.map((parentId, i) => {
    if (parentId === null) return -1;
    const found = indexOf.get(parentId);
    if (found === undefined && offices[i]) {
      ctx.problems.add(
        () => placePath(places[i]!, ['parentId']),
        withContext(
          `parentId ${quote(parentId)} matches no unit's id.`,
          unitContext(units[i] as Record<string, unknown>),
        ),
      );
    }
    return found ?? -1;
  });

  // Follow each chain of parents once; meeting a unit already on the current chain closes a cycle.
  const state = new Uint8Array(units.length);
  for (let start = 0; start < units.length; start++) {
    if (state[start] !== 0) continue;
    const chain: number[] = [];
    let at = start;
    while (at !== -1 && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      at = parentOf[at]!;
    }
    if (at !== -1 && state[at] === 1) {
      const found = chain.slice(chain.indexOf(at));
      // Start the cycle at its first unit in the file, so the report is the same whatever the order.
      const first = found.reduce((min, i) => Math.min(min, i));
      const from = found.indexOf(first);
      const cycle = [...found.slice(from), ...found.slice(0, from)];
      const ids = cycle.map((i) => offices[i]!.id);
      const shown = ids.length > 10 ? [...ids.slice(0, 9), `… (${count(ids.length)} units)`] : ids;
      ctx.problems.add(
        () => placePath(places[first]!, ['parentId']),
        cycle.length === 1
          ? `Unit ${quote(ids[0]!)} is its own parent.`
          : `parentIds form a cycle, so these units never reach the root: ${[...shown, ids[0]].join(' → ')}.`,
      );
    }
    for (const i of chain) state[i] = 2;
  }

  const roots = parentIds.flatMap((parentId, i) => (parentId === null && offices[i] ? [i] : []));
  if (roots.length === 0) {
    ctx.problems.add(
      () => 'units',
      'No unit is a root: leave out parentId (or set it to null) on the top unit.',
    );
    return null;
  }
  offices.forEach((office, i) => {
    const parent = parentOf[i]!;
    if (office && parent !== -1) offices[parent]?.children.push(office);
  });
  const root = roots.length === 1 ? offices[roots[0]!]! : rootOffice(orgName, ctx);
  if (roots.length > 1) root.children = roots.map((i) => offices[i]!);

  const depthLimit = roots.length > 1 ? MAX_DEPTH - 1 : MAX_DEPTH;
  const stack: { office: Office; depth: number }[] = roots.map((i) => ({
    office: offices[i]!,
    depth: 0,
  }));
  while (stack.length > 0) {
    const { office, depth } = stack.pop()!;
    if (depth > depthLimit) {
      const i = indexOf.get(office.id) ?? 0;
      tooDeep(ctx, () => placePath(places[i]!));
      break;
    }
    for (const child of office.children) stack.push({ office: child, depth: depth + 1 });
  }
  return root;
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
  const ctx: Context = { problems, ids: { given: new Map(), pending: [] }, skipped: 0, read: 0 };
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
  assignIds(ctx.ids);
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

// ---------------------------------------------------------------------------------------------
// JSON syntax errors

/** Where a JSON text first goes wrong, and what the reader expected there. */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
}

const VALUE = 'a value (text in double quotes, a number, true, false, null, {…} or […])';

/**
 * Finds the first syntax error in a JSON text, or null when it is well formed. Engines word and
 * place their errors differently (V8 gives no position for "Unexpected token"), so messages come
 * from this scanner, the same in every browser. It keeps its own stack: nesting depth is free.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const length = text.length;
  const stack: string[] = [];
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  let i = 0;
  const fail = (expected: string): JsonSyntaxError => ({ offset: i, expected });
  const skipSpace = () => {
    for (let c = text[i]; c === ' ' || c === '\t' || c === '\n' || c === '\r'; c = text[++i]);
  };
  /** Reads the string starting at i; returns its fault, or null when it is well formed. */
  const readString = (): JsonSyntaxError | null => {
    for (i++; i < length;) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return null;
      }
      if (code < 0x20)
        return fail('the closing " of the text (a line break inside text is written \\n)');
      if (code !== 0x5c) {
        i++;
      } else if (text[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        i += 6;
      } else if ('"\\/bfnrt'.includes(text[i + 1] || 'x')) {
        i += 2;
      } else {
        return fail('an escape such as \\" \\\\ \\n or \\u0041 after the backslash');
      }
    }
    return fail('the closing " of the text');
  };

  let state: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipSpace();
    const c = text[i];
    if (state === 'key') {
      if (c !== '"') return fail('a property name in double quotes');
      const fault = readString();
      if (fault) return fault;
      skipSpace();
      if (text[i] !== ':') return fail('":" after the property name');
      i++;
      state = 'value';
    } else if (state === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skipSpace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = 'after';
        } else {
          state = c === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (c === '"') {
        const fault = readString();
        if (fault) return fault;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
      } else if (text.startsWith('false', i)) {
        i += 5;
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail(VALUE);
        i = NUMBER.lastIndex;
      }
      state = 'after';
    } else {
      const top = stack.at(-1);
      if (top === undefined)
        return i < length ? fail('the end of the file after the JSON value') : null;
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else {
        return fail(top === '{' ? '"," or "}"' : '"," or "]"');
      }
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function syntaxProblem(text: string, error: unknown): DataProblem {
  const found = findJsonSyntaxError(text);
  if (!found) {
    // The engine refused what the scanner accepts (an engine limit, say): pass its word on.
    const raw = error instanceof Error ? error.message : String(error);
    return { path: '', message: `The file is not valid JSON: ${raw.slice(0, 200)}` };
  }
  const { line, column } = lineAndColumn(text, found.offset);
  const rest = text.slice(found.offset);
  const token = /^[^\s,:{}[\]"]{1,20}/.exec(rest)?.[0] ?? rest.charAt(0);
  const what =
    rest === ''
      ? 'the file ends'
      : token.trim() === ''
        ? 'a line break or control character'
        : `found ${quote(token, 20)}`;
  const hint =
    /^[}\]]/.test(rest) && /,\s*$/.test(text.slice(Math.max(0, found.offset - 200), found.offset))
      ? ' JSON allows no comma before a closing bracket.'
      : rest.startsWith('//') || rest.startsWith('/*')
        ? ' JSON allows no comments.'
        : rest.startsWith("'")
          ? ' JSON puts text and names in double quotes.'
          : '';
  return {
    path: '',
    message: `The file is not valid JSON (line ${line}, column ${column}): expected ${found.expected}, but ${what}.${hint}`,
    line,
    column,
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

// ---------------------------------------------------------------------------------------------
// Organisations built elsewhere

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
        `The organisation has more than ${count(MAX_UNITS)} units; the limit is ${count(MAX_UNITS)}.`,
      );
      break;
    }
    if (depth > MAX_DEPTH) {
      problems.add(
        where,
        `Units are nested more than ${count(MAX_DEPTH)} levels deep; the limit is ${count(MAX_DEPTH)}.`,
      );
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
