/**
 * The zod schema of the JSON format (documented in docs/data-format.md), and the JSON Schema made
 * from it.
 *
 * The reader validates one unit at a time and walks the tree itself with an explicit stack: a
 * recursive schema would recurse once per level, and user files may nest thousands of levels deep.
 * The recursive schema exists too, for the published JSON Schema; both are built from the same
 * field schemas, so they cannot drift apart.
 */
import { z } from 'zod';
import {
  MAX_DUTIES_PER_UNIT,
  MAX_DUTY_LENGTH,
  MAX_DUTY_NUMBER,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_UNITS,
} from '../limits.ts';

// zod otherwise probes for eval (new Function) to speed up parsing, which our Content Security
// Policy forbids; the probe alone is reported as a violation.
z.config({ jitless: true });

/** Anything but whitespace: a name or duty must say something. */
export const nonBlank = /\S/;

export const nameSchema = z
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
export const nestedUnitShallowSchema = z.strictObject({
  id: idSchema.optional(),
  ...unitFields,
  children: z.array(z.unknown()).optional(),
});

export const flatUnitSchema = z
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
export const headerShallowSchema = z.strictObject({
  ...headerShape,
  root: z.unknown().optional(),
  children: z.array(z.unknown()).optional(),
  units: z.array(z.unknown()).min(1).max(MAX_UNITS).optional(),
});

/** Checks an office built by another reader (the text parser) against the same limits. */
export const builtOfficeSchema = z.object({
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
