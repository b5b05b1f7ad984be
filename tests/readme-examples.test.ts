/**
 * The README's examples run as written against a live gateway (`envfleet serve`, the built CLI) on
 * a free port: the curl session (its `ep_…` placeholder replaced by the episode the reset answered)
 * and the MCP client snippet. A README edit that breaks either fails here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, stopProcess } from './support/child-server.js';
import { workspaceRoot } from './support/workspace-environments.js';

const readme = readFileSync(join(workspaceRoot, 'README.md'), 'utf8');
let child: ChildProcess;
let host: string; // 127.0.0.1:<port>

beforeAll(async () => {
  const started = await startServerProcess(join(workspaceRoot, 'packages/cli/dist/main.js'), ['serve']);
  child = started.child;
  host = new URL(started.url).host;
}, 60_000);
afterAll(() => stopProcess(child));

/** The first fenced block of `language` after the heading `## heading`. */
function fencedBlock(heading: string, language: string): string {
  const section = readme.split(`\n## ${heading}\n`)[1];
  const block = section?.split(`\`\`\`${language}\n`)[1]?.split('\n```')[0];
  if (!block) throw new Error(`README has no \`\`\`${language} block under "## ${heading}"`);
  return block;
}

/** The README's addresses, pointed at the server of this test. */
const local = (text: string) => text.replaceAll('localhost:8080', host).replaceAll('127.0.0.1:8080', host);

/** A shell block as its commands: continuation lines joined, comments and blank lines dropped. */
function shellCommands(block: string): string[] {
  return block
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

describe('README: Drive an episode with curl', () => {
  it('runs every command of the session, each answering what the README says', () => {
    const commands = shellCommands(fencedBlock('Drive an episode with curl', 'sh'));
    const placeholder = commands.findIndex((line) => /^E=ep_…/.test(line));
    expect(placeholder, 'the E=ep_… line').toBeGreaterThan(0);
    const run = (command: string, episode = '') => {
      // Quoted as the README writes it; bash runs it with E set as the reader would have it.
      const output = execFileSync('bash', ['-c', command], { env: { ...process.env, E: episode }, encoding: 'utf8', timeout: 15_000 });
      return JSON.parse(output);
    };

    const resets = commands.slice(0, placeholder);
    expect(resets).toHaveLength(1);
    const created = run(local(resets[0] as string));
    expect(created).toMatchObject({ episodeId: expect.stringMatching(/^ep_/), servers: ['Calendar'] });
    // The answer the README shows beside it.
    expect(created.tools[0].name).toBe('Calendar-list_calendars');
    expect(created.mcpUrl).toBe(`http://${host}/v1/episodes/${created.episodeId}/mcp`);

    const answers = commands.slice(placeholder + 1).map((command) => run(local(command), created.episodeId));
    expect(answers).toHaveLength(4);
    const [step, state, evaluation, closed] = answers;
    expect(step).toMatchObject({ step: 1, results: [{ name: 'Calendar-search_events', isError: false }] });
    expect(state).toMatchObject({ step: 1, state: { Calendar: expect.any(Object) } });
    expect(evaluation).toMatchObject({ trace: 1 });
    expect(closed).toMatchObject({ steps: 1, state: { Calendar: expect.any(Object) } });
  });
});

describe('README: Connect an MCP client', () => {
  it('runs the client snippet to its end: it prints the tool result and exits', () => {
    const snippet = local(fencedBlock('Connect an MCP client', 'ts'));
    // Inside the workspace, so that '@modelcontextprotocol/client' resolves as it does for a reader's project.
    const dir = join(workspaceRoot, 'node_modules', '.cache', `readme-snippet-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      // The snippet has no type annotations, so Node runs it as the ES module it is.
      const file = join(dir, 'snippet.mjs');
      writeFileSync(file, snippet);
      const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
      expect(run.error, run.stderr).toBeUndefined();
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('isError: false');
      expect(run.stdout).toContain('primary');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
