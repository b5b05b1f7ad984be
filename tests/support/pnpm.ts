import { spawnSync } from 'node:child_process';

/**
 * Runs the workspace's pinned pnpm (through corepack, as the README and the Dockerfile do) and
 * returns its output; a failure throws with what pnpm printed, so a test names the cause.
 */
export function pnpm(args: string[], cwd: string, timeout = 240_000): string {
  const run = spawnSync('corepack', ['pnpm', ...args], {
    cwd,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0', CI: 'true' },
  });
  if (run.status !== 0) throw new Error(`pnpm ${args.join(' ')} failed (${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}
