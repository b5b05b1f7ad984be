/**
 * The OpenAPI document a server serves (GET /docs/openapi.json) passes Redocly's recommended rules
 * (redocly.yaml), and says what a reader of it needs: descriptions and examples from the zod
 * schemas, every $ref resolved, status names, servers, the bearer scheme, the health, metrics and
 * MCP routes, and the refusals each route can answer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendar } from '../environments/office/calendar/src/index.js';
import { buildServer } from '@envfleet/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceRoot } from './support/workspace-environments.js';

type Json = any;
const documents: Record<'single' | 'per-server', Json> = { single: undefined, 'per-server': undefined };
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'envfleet-openapi-'));
  for (const privateMcp of ['single', 'per-server'] as const) {
    const app = await buildServer({ environments: [calendar], privateMcp });
    documents[privateMcp] = (await app.inject({ url: '/docs/openapi.json' })).json();
    await app.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every `$ref` in a document, with where it is. */
function refs(value: Json, at = '#'): [string, string][] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === '$ref' && typeof child === 'string' ? [[at, child] as [string, string]] : refs(child, `${at}/${key}`),
  );
}

describe.each(['single', 'per-server'] as const)('the OpenAPI document of a %s server', (privateMcp) => {
  it("lints clean with Redocly's recommended rules", () => {
    const file = join(dir, `${privateMcp}.json`);
    writeFileSync(file, JSON.stringify(documents[privateMcp], null, 2));
    const lint = spawnSync(
      process.execPath,
      [
        join(workspaceRoot, 'node_modules/@redocly/cli/bin/cli.js'),
        'lint',
        file,
        '--config',
        join(workspaceRoot, 'redocly.yaml'),
        '--format',
        'json',
      ],
      { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    );
    const report = JSON.parse(lint.stdout);
    expect(report.problems.map((problem: Json) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(lint.status).toBe(0);
  });

  it('resolves every $ref in the document', () => {
    const document = documents[privateMcp];
    const found = refs(document);
    expect(found.length).toBeGreaterThan(0);
    for (const [at, ref] of found) {
      const target = ref
        .slice(2)
        .split('/')
        .reduce((node: Json, key) => node?.[key], document);
      expect(target, `${ref} at ${at}`).toBeTypeOf('object');
    }
  });

  it('names envfleet 0.1.0, its server and the bearer scheme', () => {
    const document = documents[privateMcp];
    expect(document.info).toMatchObject({ title: 'envfleet', version: '0.1.0' });
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/healthz'].get.security).toEqual([]);
  });

  it('labels each status by its name, and lists what each route can refuse', () => {
    const paths = documents[privateMcp].paths;
    const reset = paths['/v1/episodes'].post.responses;
    expect(reset['201'].description).toBe('Created');
    expect(Object.keys(reset).sort()).toEqual(['201', '400', '401', '403', '404', '413', '503', '507']);
    expect(reset['404'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    expect(Object.keys(paths['/v1/episodes/{episodeId}/step'].post.responses).sort()).toEqual(
      ['200', '400', '401', '403', '404', '409', '413', '429', '503'].sort(),
    );
    expect(paths['/v1/episodes/{episodeId}/snapshots'].post.responses['201'].description).toBe('Created');
    expect(Object.keys(paths['/v1/episodes/{episodeId}/snapshots'].post.responses)).toEqual(expect.arrayContaining(['409', '429']));
    expect(Object.keys(paths['/v1/environments'].get.responses).sort()).toEqual(['200', '401', '403', '503']);
  });

  it('carries field descriptions and examples from the zod schemas', () => {
    const paths = documents[privateMcp].paths;
    const reset = paths['/v1/episodes'].post.requestBody.content['application/json'].schema;
    expect(reset.properties.servers).toMatchObject({ description: expect.stringContaining('catalog name'), examples: [['Calendar']] });
    expect(reset.properties.presets.examples).toEqual([{ Calendar: 'demo' }]);
    expect(reset.examples).toEqual([{ servers: ['Calendar'], presets: { Calendar: 'demo' }, seed: 1 }]);
    const created = paths['/v1/episodes'].post.responses['201'].content['application/json'].schema;
    expect(created.properties.mcpUrl.description).toContain('MCP');
    expect(documents[privateMcp].components.schemas.Problem.properties.detail.examples).toHaveLength(1);
  });

  it('lists the health, metrics, docs and MCP routes beside the v1 API', () => {
    const paths = Object.keys(documents[privateMcp].paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/healthz',
        '/readyz',
        '/metrics',
        '/docs',
        '/docs/openapi.json',
        '/v1/episodes/{episodeId}/mcp',
        '/envfactory/{server}/mcp',
      ]),
    );
    if (privateMcp === 'single') expect(paths).toContain('/mcp');
    else expect(paths).toEqual(expect.arrayContaining(['/mcp/{server}', '/mcp/{server}/mcp']));
    const sandbox = documents[privateMcp].paths[privateMcp === 'single' ? '/mcp' : '/mcp/{server}/mcp'];
    expect(Object.keys(sandbox).sort()).toEqual(['delete', 'get', 'post']);
  });
});

describe('GET /docs', () => {
  it('shows fields as tables and the Problem schema resolved, not a raw $ref', async () => {
    const app = await buildServer({ environments: [calendar], privateMcp: 'per-server' });
    const page = (await app.inject({ url: '/docs' })).body;
    await app.close();
    expect(page).toContain('<h1>envfleet <small>0.1.0</small></h1>');
    expect(page).toContain('<b>201</b> Created');
    expect(page).toMatch(/<td><code>servers<\/code><\/td><td>array of string<\/td><td>The servers the episode holds/);
    expect(page).toMatch(/<td><code>snapshotId<\/code> <b>required<\/b><\/td><td>string<\/td>/);
    expect(page).toContain('<section id="Problem">');
    expect(page).not.toContain('$ref');
    expect(page).toContain('/mcp/{server}/mcp');
  });
});
