/**
 * A server started on a port another program holds stops with one line naming PORT and exit code
 * 2 (a setting to change), not with an EADDRINUSE stack trace. Runs the built bins, as a user would.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceRoot } from './support/workspace-environments.js';

let holder: Server;
let port: number;

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  port = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

function run(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

describe('a busy port', () => {
  it.each([
    ['an environment alone', [join(workspaceRoot, 'environments/office/calendar/dist/main.js')]],
    ['the gateway', [join(workspaceRoot, 'packages/cli/dist/main.js'), 'serve']],
  ])('stops %s with a message naming PORT and exit code 2', async (_what, args) => {
    const { code, stderr, stdout } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(`port ${port} is already in use`);
    expect(stderr).toContain('set PORT');
    expect(stderr + stdout).not.toContain('EADDRINUSE');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
