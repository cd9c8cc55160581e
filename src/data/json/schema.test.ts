import { describe, expect, it } from 'vitest';
import { organizationDocumentSchema, organizationJsonSchema } from './schema.ts';
import { read, roads } from './test-documents.ts';

describe('the JSON Schema', () => {
  it('is generated from the zod schema, with the unit defined once and recursively', () => {
    const schema = organizationJsonSchema() as {
      $defs: { unit: { properties: { children: { items: unknown } } } };
      anyOf: unknown[];
    };
    expect(schema.anyOf).toHaveLength(3);
    expect(schema.$defs.unit.properties.children.items).toEqual({ $ref: '#/$defs/unit' });
  });

  it('accepts what the reader accepts', () => {
    const documents = [
      { name: 'X', children: [roads, { name: 'P', children: [roads] }] },
      { name: 'X', root: { id: 'r', name: 'R', children: [roads] } },
      {
        name: 'X',
        units: [
          { id: 1, name: 'A' },
          { id: 'b', parentId: 1, name: 'B', duties: ['x'] },
        ],
      },
    ];
    for (const document of documents) {
      expect(read(document).problems).toEqual([]);
      expect(organizationDocumentSchema.safeParse(document).success).toBe(true);
    }
  });
});
