import { describe, expect, it } from 'vitest';
import { readAudit } from './audit.mjs';

const finished = (stdout: string, stderr = '', status: number | null = 1) => ({
  status,
  stdout,
  stderr,
});

describe('readAudit', () => {
  it('reads the counts even though npm exits non-zero when it finds something', () => {
    const report = {
      metadata: { vulnerabilities: { high: 1, total: 1 }, dependencies: { prod: 7 } },
    };
    expect(readAudit(finished(JSON.stringify(report)))).toEqual({
      available: true,
      counts: { high: 1, total: 1 },
      dependencies: { prod: 7 },
    });
  });

  it('says why when offline', () => {
    const report = { error: { code: 'ENOTFOUND', summary: 'request to registry failed\nmore' } };
    expect(readAudit(finished(JSON.stringify(report)))).toEqual({
      available: false,
      reason: 'request to registry failed',
    });
  });

  it('falls back to npm’s own error line when the report has no reason', () => {
    const result = finished('{"error":{}}', 'npm warn x\nnpm error audit endpoint returned 404');
    expect(readAudit(result)).toEqual({ available: false, reason: 'audit endpoint returned 404' });
  });

  it('reports output that is not a report, and a timeout', () => {
    expect(readAudit(finished('', 'boom'))).toEqual({
      available: false,
      reason: 'npm audit exited 1 without a report boom',
    });
    const timedOut = Object.assign(new Error('spawnSync npm ETIMEDOUT'), { code: 'ETIMEDOUT' });
    expect(readAudit({ ...finished('', '', null), error: timedOut })).toEqual({
      available: false,
      reason: 'npm audit timed out after 120 s',
    });
  });
});
