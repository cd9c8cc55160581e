// Writes a synthetic organisation as JSON: npm run gen -- --units 10000 --seed 1 [--out path]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateOrganization } from './generate-organization.mjs';

const usage = 'usage: npm run gen -- --units <count> [--seed <n>] [--out <path>] [--pretty]';

let options;
try {
  ({ values: options } = parseArgs({
    options: {
      units: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const units = Number(options.units);
const seed = Number(options.seed);
if (!Number.isInteger(units) || units < 1 || units > 1_000_000) {
  console.error(
    `--units must be a whole number from 1 to 1,000,000, not "${options.units}"\n${usage}`,
  );
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error(`--seed must be a whole number, not "${options.seed}"\n${usage}`);
  process.exit(2);
}

const out = options.out ?? `generated/org-${units}-seed${seed}.json`;
const organization = generateOrganization({ units, seed });
const json = `${JSON.stringify(organization, null, options.pretty ? 2 : undefined)}\n`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);

let duties = 0;
const stack = [organization.root];
while (stack.length > 0) {
  const unit = stack.pop();
  duties += unit.duties.length;
  stack.push(...(unit.children ?? []));
}
const bytes = Buffer.byteLength(json);
const size =
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `Wrote ${out}: ${units.toLocaleString('en')} units, ${duties.toLocaleString('en')} duties, ${size}`,
);
