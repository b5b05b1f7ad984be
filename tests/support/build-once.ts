import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: build every package once, before any test worker starts, so suites that
 * spawn a package's bin (stdio, remote servers, the Python client) never race a rebuild.
 */
export default function buildOnce(): void {
  const script = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
  execFileSync(process.execPath, [script], { stdio: 'inherit', env: { ...process.env, ENVFLEET_QUIET_BUILD: '1' } });
}
