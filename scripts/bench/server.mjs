// Building and serving for `npm run bench`: the production build, `vite preview` of it, and a
// plain static server for the anchor pages.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** Where the bench serves the built app (`ORGSCOPE_BENCH_PORT`, so checkouts can bench side by side). */
export const PORT = Number(process.env.ORGSCOPE_BENCH_PORT ?? 4190);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

/** Runs `npm run build`; exits the process when it fails, as nothing can be measured then. */
export function buildApp() {
  console.log('$ npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      `\nbench: the build failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
    process.exit(result.status || 1);
  }
}

/**
 * Whether something answers HTTP at `url` (any status); the reason when nothing does.
 * node:http rather than fetch: fetch refuses port 4190 (a "bad port" in the Fetch standard).
 * @param {string} url
 * @returns {Promise<{ ok: boolean, reason?: string }>}
 */
function probe(url) {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2_000 }, (response) => {
      response.resume();
      resolve({ ok: true });
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 2 s')));
    request.on('error', (error) =>
      resolve({
        ok: false,
        reason: /** @type {NodeJS.ErrnoException} */ (error).code ?? error.message,
      }),
    );
  });
}

/**
 * Starts `vite preview` of dist/ on BASE_URL in its own process group (npx starts node, which
 * starts vite), so that stopping it ends the whole group and never leaves a server on the port.
 * @returns {Promise<{ stop: () => Promise<void> }>}
 */
export async function startPreview() {
  if ((await probe(BASE_URL)).ok) {
    throw new Error(`port ${PORT} is already in use; stop whatever serves ${BASE_URL}`);
  }
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  /** @type {number | null} */
  let exitCode = null;
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? 128 : 1);
      resolve(undefined);
    }),
  );

  const killGroup = (/** @type {NodeJS.Signals} */ signal) => {
    try {
      if (child.pid !== undefined && exitCode === null) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // Also on a crash or Ctrl-C, so no server outlives the benchmark.
  const onExit = () => killGroup('SIGKILL');
  const onSignal = () => {
    killGroup('SIGTERM');
    process.exit(130);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (exitCode !== null) return;
    killGroup('SIGTERM');
    const timeout = new Promise((resolve) => setTimeout(resolve, 5_000, 'timeout'));
    if ((await Promise.race([exited, timeout])) === 'timeout') killGroup('SIGKILL');
  };

  const deadline = Date.now() + 30_000;
  /** @type {{ ok: boolean, reason?: string }} */
  let last = { ok: false, reason: 'not tried' };
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      throw new Error(`vite preview exited (${exitCode}) before answering:\n${output.trim()}`);
    }
    last = await probe(BASE_URL);
    if (last.ok) return { stop };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(
    `vite preview did not answer on ${BASE_URL} within 30 s (${last.reason}):\n${output.trim()}`,
  );
}

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves the files below `root` on 127.0.0.1 at a free port, without caching; unknown paths
 * without an extension get index.html, as a static host would serve a single-page app.
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file = join(base, decodeURIComponent(pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
    if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
      if (extname(pathname) !== '') {
        response.writeHead(404).end();
        return;
      }
      file = join(base, 'index.html');
    }
    const body = readFileSync(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise((resolve, reject) =>
    server.once('error', reject).listen(0, '127.0.0.1', () => resolve(undefined)),
  );
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
