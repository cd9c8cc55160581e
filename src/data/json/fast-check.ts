/**
 * A quick yes for units that certainly pass their schema (`schema.ts`), so reading 100,000 valid
 * units does not run zod 100,000 times. Anything it does not recognise as valid goes to zod,
 * which decides and words the problems; a test checks the two agree on valid units and that this
 * never says yes to one zod refuses.
 */
import {
  MAX_DUTIES_PER_UNIT,
  MAX_DUTY_LENGTH,
  MAX_DUTY_NUMBER,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
} from '../limits.ts';

const NON_BLANK = /\S/;
const NO_SPACE = /^\S+$/;

const NESTED_KEYS = new Set(['id', 'name', 'duties', 'children']);
const FLAT_KEYS = new Set(['id', 'parentId', 'name', 'duties']);

const isId = (value: unknown) =>
  typeof value === 'string'
    ? value.length <= MAX_ID_LENGTH && NO_SPACE.test(value)
    : Number.isSafeInteger(value) && (value as number) >= 0;

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max && NON_BLANK.test(value);

function isDuty(value: unknown): boolean {
  if (typeof value === 'string') return isText(value, MAX_DUTY_LENGTH);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    keys++;
    if (key !== 'number' && key !== 'text') return false;
  }
  const { number, text } = value as { number?: unknown; text?: unknown };
  if (keys !== (number === undefined ? 1 : 2)) return false;
  if (
    number !== undefined &&
    !(
      Number.isSafeInteger(number) &&
      (number as number) >= 1 &&
      (number as number) <= MAX_DUTY_NUMBER
    )
  ) {
    return false;
  }
  return isText(text, MAX_DUTY_LENGTH);
}

/** True only when `value` (a parsed JSON object) passes the unit schema of its shape. */
export function certainlyValidUnit(
  value: Record<string, unknown>,
  kind: 'nested' | 'flat',
): boolean {
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const allowed = kind === 'nested' ? NESTED_KEYS : FLAT_KEYS;
  for (const key of Object.keys(value)) {
    if (!allowed.has(key) || value[key] === undefined) return false;
  }
  if (!isText(value.name, MAX_NAME_LENGTH)) return false;
  if (kind === 'flat') {
    if (!isId(value.id)) return false;
    if ('parentId' in value && value.parentId !== null && !isId(value.parentId)) return false;
  } else if ('id' in value && !isId(value.id)) return false;
  if ('children' in value && !Array.isArray(value.children)) return false;
  if ('duties' in value) {
    const { duties } = value;
    if (!Array.isArray(duties) || duties.length > MAX_DUTIES_PER_UNIT) return false;
    for (const duty of duties) if (!isDuty(duty)) return false;
  }
  return true;
}
