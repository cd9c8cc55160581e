import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { readOrganizationFile } from './data/read-organization-file.ts';
import { buildDutyIndex, indexFunctionsStepwise } from './search/duty-index.ts';
it('times', async () => {
  const r = await readOrganizationFile('org.json', new Uint8Array(readFileSync('/tmp/org-100000.json')));
  const index = buildDutyIndex(r.organization!);
  const steps = indexFunctionsStepwise(index);
  const durations: number[] = [];
  const t0 = performance.now();
  for (;;) { const t = performance.now(); const { done } = steps.next(); durations.push(performance.now() - t); if (done) break; }
  console.log('total', (performance.now() - t0).toFixed(0), 'steps', durations.length, 'max', Math.max(...durations).toFixed(1), 'top', durations.sort((a, b) => b - a).slice(0, 8).map((d) => d.toFixed(1)).join(' '));
}, 120000);
