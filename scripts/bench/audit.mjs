// `npm audit --omit=dev` for the bench: runs it, and reads its report (a pure function,
// unit-tested in audit.test.ts), saying why when there is none (offline, no audit endpoint).
import { spawnSync } from 'node:child_process';

/**
 * @typedef {{ available: true, counts: Record<string, number>, dependencies: unknown }
 *   | { available: false, reason: string }} AuditResult
 */

/**
 * Vulnerability counts for production dependencies, or why there are none.
 * @param {string} cwd the project to audit
 * @returns {AuditResult}
 */
export function audit(cwd) {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return readAudit(result);
}

/**
 * What a finished `npm audit --json` process says.
 * @param {{ status: number | null, stdout: string, stderr: string, error?: Error }} result
 * @returns {AuditResult}
 */
export function readAudit(result) {
  /** @param {string} reason */
  const unavailable = (reason) => ({ available: /** @type {const} */ (false), reason });
  if (result.error) {
    return unavailable(
      /** @type {NodeJS.ErrnoException} */ (result.error).code === 'ETIMEDOUT'
        ? 'npm audit timed out after 120 s'
        : result.error.message,
    );
  }
  /** @type {any} */
  let json;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    const detail = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
    return unavailable(`npm audit exited ${result.status} without a report ${detail}`.trim());
  }
  // npm exits non-zero when it finds vulnerabilities, so the exit code alone means nothing.
  if (json.error) {
    // Offline: error.code and error.summary say why; a registry without the audit endpoint
    // leaves them empty and puts the HTTP status in `message`.
    const firstLine = (/** @type {unknown} */ text) =>
      String(text ?? '')
        .split('\n')[0]
        ?.trim();
    const npmError = result.stderr
      .split('\n')
      .find((line) => line.startsWith('npm error'))
      ?.replace(/^npm error\s*/, '');
    const reason =
      [json.error.summary, json.message, json.error.code, npmError].map(firstLine).find(Boolean) ??
      `npm audit exited ${result.status}`;
    return unavailable(reason);
  }
  const counts = json.metadata?.vulnerabilities;
  if (!counts) return unavailable('no vulnerability counts in the npm audit report');
  return { available: true, counts, dependencies: json.metadata?.dependencies ?? null };
}
