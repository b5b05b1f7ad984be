/**
 * The Python client (clients/python) passes its own standard-library test suite, which starts the
 * built gateway and drives episodes through it. Skipped, saying why, where python3 is missing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceRoot } from './support/workspace-environments.js';

const MINIMUM_PYTHON = [3, 9] as const;

/** Why the suite cannot run here, or undefined when it can. */
function whyNotRunnable(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'python3 is not on PATH';
  const [major = 0, minor = 0] = probe.stdout.trim().split('.').map(Number);
  if (major < MINIMUM_PYTHON[0] || (major === MINIMUM_PYTHON[0] && minor < MINIMUM_PYTHON[1])) {
    return `python3 is ${probe.stdout.trim()}; the client needs ${MINIMUM_PYTHON.join('.')}+`;
  }
  return undefined;
}

function run(command: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: workspaceRoot,
      // No __pycache__ left in the checkout; output unbuffered so a hang shows how far it got.
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1', ENVFLEET_QUIET_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // SIGTERM lets unittest's tearDownClass stop the gateway it started.
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const skipReason = whyNotRunnable();

describe('Python client', () => {
  it.skipIf(skipReason !== undefined)(
    `passes its unittest suite against the built gateway${skipReason ? ` (skipped: ${skipReason})` : ''}`,
    async () => {
      const { code, output } = await run(
        'python3',
        ['-m', 'unittest', 'discover', '-s', join('clients', 'python'), '-p', 'test_*.py', '-v'],
        50_000,
      );
      expect(code, output).toBe(0);
      expect(output).toMatch(/^OK/m);
      expect(output).not.toMatch(/skipped/);
    },
    60_000,
  );
});
