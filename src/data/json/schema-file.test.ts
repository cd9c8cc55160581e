import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { expect, it } from 'vitest';
import { organizationJsonSchema } from './schema.ts';

// Node 20 cannot run TypeScript directly, so this test doubles as the generator:
// `npm run schema` (UPDATE_SCHEMA=1) rewrites the file instead of comparing it.
const file = fileURLToPath(new URL('../../../public/organization.schema.json', import.meta.url));

it('public/organization.schema.json is generated from the current zod schema', async () => {
  const schema = organizationJsonSchema();
  if (process.env.UPDATE_SCHEMA === '1') {
    const options = { ...(await resolveConfig(file)), filepath: file };
    writeFileSync(file, await format(JSON.stringify(schema), options));
  }
  expect(existsSync(file), 'run `npm run schema` to create it').toBe(true);
  expect(JSON.parse(readFileSync(file, 'utf8')), 'run `npm run schema` to update it').toEqual(
    schema,
  );
});
