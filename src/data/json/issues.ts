/** Rewrites zod's issues as plain sentences naming the field the way a person editing the file would. */
import type { z } from 'zod';
import { formatCount, formatNumber } from '../../model/format.ts';
import { quote, withContext, type Collector } from '../problems.ts';
import { describe, tailPath, valueAt, type Key } from './paths.ts';

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
/** What kind of object an issue is about, which decides the keys it allows. */
export type NodeKind = keyof typeof ALLOWED_KEYS;

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
          `${label} is ${formatCount((value as string).length, 'character')} long; the limit is ${formatNumber(Number(issue.maximum))}.`,
        );
      }
      if (issue.origin === 'array') {
        const what = keys.at(-1) === 'units' ? 'units' : 'items';
        return say(
          `${label} has ${formatNumber((value as unknown[]).length)} ${what}; the limit is ${formatNumber(Number(issue.maximum))}.`,
        );
      }
      return say(
        `${label} is ${String(value)}; the largest allowed is ${formatNumber(Number(issue.maximum))}.`,
      );
    case 'too_small':
      if (issue.origin === 'array') return say(`${label} is empty; give at least one.`);
      return say(
        `${label} is ${String(value)}; the smallest allowed is ${formatNumber(Number(issue.minimum))}.`,
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
      if (issue.keys.length > 5) shown.push(`and ${formatNumber(issue.keys.length - 5)} more`);
      const names = shown.join(', ');
      return say(
        `Unknown key${issue.keys.length === 1 ? '' : 's'} ${names}${allowed ? `; allowed keys are ${allowed}` : ''}.`,
      );
    }
    default:
      return say(`${label}: ${issue.message}.`);
  }
}

/** Reports every issue of a failed parse, one per path so a field gets its first problem only. */
export function reportIssues(
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
