/**
 * Reading the units of a JSON document: one unit at a time against the shallow schema, its duties
 * numbered, and the nested shape walked with an explicit stack (files may nest thousands deep).
 */
import { formatNumber } from '../../model/format.ts';
import type { Duty, Office } from '../../model/organization.ts';
import {
  MAX_DEPTH,
  MAX_DUTIES_PER_UNIT,
  MAX_DUTY_NUMBER,
  MAX_NAME_LENGTH,
  MAX_SKIPPED_NUMBERS,
  MAX_UNITS,
} from '../limits.ts';
import { normalizeWhitespace } from '../names.ts';
import { quote, TOO_DEEP, withContext, type Collector } from '../problems.ts';
import type { UnitIds } from '../unit-ids.ts';
import { reportIssues } from './issues.ts';
import { describe, isObject, placePath, type Key, type Place } from './paths.ts';
import type { z } from 'zod';
import { certainlyValidUnit } from './fast-check.ts';
import { flatUnitSchema, nestedUnitShallowSchema, nonBlank } from './schema.ts';

/** What reading one document's units shares. */
export interface Context {
  problems: Collector;
  ids: UnitIds;
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
          `Duty ${i + 1} would be numbered ${formatNumber(number)}; the largest duty number is ${formatNumber(MAX_DUTY_NUMBER)}.`,
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
          `The duty numbering skips more than ${formatNumber(MAX_SKIPPED_NUMBERS)} numbers in all; number duties 1, 2, 3, … or leave the numbers out.`,
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
export function unitContext(value: Record<string, unknown>): string {
  const { name, id } = value;
  if (typeof name !== 'string' || !nonBlank.test(name) || name.length > MAX_NAME_LENGTH) return '';
  const idPart =
    typeof id === 'string' || typeof id === 'number' ? `, id ${quote(String(id))}` : '';
  return `(in unit ${quote(normalizeWhitespace(name))}${idPart})`;
}

/** A unit as read: its office (without children yet), the object it came from, its given id. */
export interface ReadUnit {
  office: Office;
  raw: Record<string, unknown>;
  /** The id the file gives, as text; undefined when it gives none (or none that is valid). */
  id: string | undefined;
  /** How messages name the unit: `(in unit "Roads", id "r")`. */
  context: string;
}

/**
 * Validates one unit (without its children) and builds its office. Returns the office even when the
 * unit has problems, so the walk can go on and report problems further down. Its id is left to
 * the caller, which knows how ids are checked in its shape.
 */
export function readUnit(
  value: unknown,
  place: Place,
  kind: 'nested' | 'flat',
  ctx: Context,
): ReadUnit | null {
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
        `The duties list has ${formatNumber(value.duties.length)} items; the limit is ${formatNumber(MAX_DUTIES_PER_UNIT)}.`,
        context,
      ),
    );
    checked = { ...value, duties: [] };
  }
  const schema = kind === 'nested' ? nestedUnitShallowSchema : flatUnitSchema;
  // Nearly every unit of a good file is plainly valid; zod judges (and words) the rest.
  const parsed:
    { success: true; data: z.infer<typeof schema> } | ReturnType<typeof schema.safeParse> =
    certainlyValidUnit(checked, kind)
      ? { success: true, data: checked as z.infer<typeof schema> }
      : schema.safeParse(checked);
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
  return { office, raw: value, id: id === undefined ? undefined : String(id), context };
}

/** A root named after the organisation, for units given as top-level `children`. */
export function rootOffice(name: string, ctx: Context): Office {
  const office: Office = { id: '', name, duties: [], missingNumbers: [], children: [] };
  ctx.ids.defer(office, 'organization', true);
  return office;
}

function tooMany(ctx: Context, path: () => string): void {
  ctx.problems.add(
    path,
    `The file has more than ${formatNumber(MAX_UNITS)} units; the limit is ${formatNumber(MAX_UNITS)}.`,
  );
}

/** Walks nested units with an explicit stack, in document order. */
export function readNested(
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
      if (!reportedDepth) ctx.problems.add(() => placePath(frame.place), TOO_DEEP);
      reportedDepth = true;
      continue;
    }
    const unit = readUnit(frame.value, frame.place, 'nested', ctx);
    if (!unit) continue;
    const { place } = frame;
    if (unit.id === undefined) ctx.ids.defer(unit.office, `unit-${ctx.read}`);
    else {
      ctx.ids.claim(
        unit.office,
        unit.id,
        () => placePath(place),
        () => placePath(place, ['id']),
      );
    }
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
