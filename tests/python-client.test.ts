/**
 * The Python package (clients/python, `envfleet`) passes its pytest suite, which starts the built
 * gateway and drives Client, AsyncClient and MCPManager through it. Skipped, saying why, where no
 * Python 3.9+ with pytest and httpx is found.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceRoot } from './support/workspace-environments.js';

const MINIMUM_PYTHON = [3, 9] as const;

// ENVFLEET_PYTHON first; then python3 on PATH; then the Debian interpreter, which is the one
// `apt-get install python3-pytest python3-httpx` equips even when a pyenv or venv python3 comes
// first on PATH.
const CANDIDATES = [process.env.ENVFLEET_PYTHON, 'python3', '/usr/bin/python3'].filter((name): name is string => Boolean(name));

const PROBE = [
  'import sys',
  'missing = []',
  'for name in ("pytest", "httpx"):',
  '    try:',
  '        __import__(name)',
  '    except ImportError:',
  '        missing.append(name)',
  'print("%d.%d %s" % (sys.version_info[0], sys.version_info[1], ",".join(missing)))',
].join('\n');

/** The interpreter to run the suite with, or why there is none. */
function findPython(): { python: string } | { skip: string } {
  const found: string[] = [];
  for (const python of [...new Set(CANDIDATES)]) {
    const probe = spawnSync(python, ['-c', PROBE], { encoding: 'utf8' });
    if (probe.error || probe.status !== 0) continue;
    const [version = '0.0', missing = ''] = probe.stdout.trim().split(' ');
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < MINIMUM_PYTHON[0] || (major === MINIMUM_PYTHON[0] && minor < MINIMUM_PYTHON[1])) {
      found.push(`${python} is ${version}, the package needs ${MINIMUM_PYTHON.join('.')}+`);
    } else if (missing) {
      found.push(`${python} has no ${missing.split(',').join(' or ')}`);
    } else {
      return { python };
    }
  }
  if (found.length === 0) return { skip: 'python3 is not on PATH' };
  return { skip: `${found.join('; ')} (apt-get install python3-pytest python3-httpx, or pip install pytest httpx)` };
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
    // SIGTERM lets the suite stop the gateway it started.
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const interpreter = findPython();
const skipReason = 'skip' in interpreter ? interpreter.skip : undefined;

describe('Python package', () => {
  it.skipIf(skipReason !== undefined)(
    `passes its pytest suite against the built gateway${skipReason ? ` (skipped: ${skipReason})` : ''}`,
    async () => {
      if (!('python' in interpreter)) return;
      const { code, output } = await run(
        interpreter.python,
        ['-m', 'pytest', join('clients', 'python'), '-v', '-p', 'no:cacheprovider', '-rs'],
        80_000,
      );
      expect(code, output).toBe(0);
      expect(output).toMatch(/ passed/);
      expect(output).not.toMatch(/skipped|SKIPPED/);
    },
    90_000,
  );
});
