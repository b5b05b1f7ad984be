/**
 * One environment's process started alone, from the builds: episodes in memory by default, with no
 * store package anywhere it can reach; REDIS_URL without the store installed stops it with a message
 * naming the variable and the package; REDIS_URL with the store installed (the workspace) puts its
 * episodes in the running Redis.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteRedisKeys, REDIS_URL, uniquePrefix, withRedis } from '../packages/store/test/services.js';
import { startServerProcess, stopProcess } from './support/child-server.js';
import { http } from './support/http.js';
import { workspaceRoot } from './support/workspace-environments.js';

const cleanSettings = { REDIS_URL: '', DATABASE_URL: '', ENVFLEET_TOKEN: '' };

describe('an environment installed without @envfleet/store', () => {
  // A folder outside the workspace with Calendar, the host and what it needs, and no store: the
  // host's `import('@envfleet/store')` walks up from here and finds nothing, as in a deployment.
  let dir: string;
  let main: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envfleet-alone-'));
    const scope = join(dir, 'node_modules/@envfleet');
    mkdirSync(scope, { recursive: true });
    for (const file of ['package.json', 'dist'])
      cpSync(join(workspaceRoot, 'packages/host', file), join(scope, 'host', file), { recursive: true });
    for (const name of ['server', 'episodes', 'kit']) symlinkSync(join(workspaceRoot, 'packages', name), join(scope, name), 'dir');
    symlinkSync(join(workspaceRoot, 'environments/office/calendar'), join(scope, 'env-calendar'), 'dir');
    main = join(dir, 'main.mjs');
    writeFileSync(
      main,
      "import { runEnvironmentProcess } from '@envfleet/host';\nimport calendar from '@envfleet/env-calendar';\nawait runEnvironmentProcess(calendar);\n",
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves its episodes from memory', async () => {
    const { url, child } = await startServerProcess(main, [], cleanSettings);
    try {
      const api = http(url);
      const { body } = await api('GET', '/v1/environments');
      expect(body.environments.map((e: { name: string }) => e.name)).toEqual(['Calendar']);
      expect(await api('POST', '/v1/episodes', { servers: ['Calendar'] })).toMatchObject({ status: 201 });
    } finally {
      await stopProcess(child);
    }
  });

  it('stops at start when REDIS_URL or DATABASE_URL is set, naming the variable and the package to install', () => {
    const run = (settings: Record<string, string>) =>
      spawnSync(process.execPath, [main], {
        env: { ...process.env, ...cleanSettings, PORT: '0', ...settings },
        encoding: 'utf8',
        timeout: 20_000,
      });
    const redis = run({ REDIS_URL });
    expect(redis.status).toBe(2);
    expect(redis.stderr).toContain('envfleet cannot start: REDIS_URL is set, but @envfleet/store is not installed');
    expect(redis.stderr).toContain('pnpm add @envfleet/store');
    expect(redis.stdout).not.toContain('Server listening');
    const both = run({ REDIS_URL, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('REDIS_URL and DATABASE_URL are set, but @envfleet/store is not installed');
  });
});

describe('an environment started alone in the workspace, where the store is installed', () => {
  const prefix = uniquePrefix('environment-alone');
  afterAll(() => deleteRedisKeys(prefix));

  it('keeps its episodes in Redis for REDIS_URL', async () => {
    const main = join(workspaceRoot, 'environments/office/calendar/dist/main.js');
    const { url, child } = await startServerProcess(main, [], { ...cleanSettings, REDIS_URL, REDIS_KEY_PREFIX: prefix });
    try {
      const reset = await http(url)('POST', '/v1/episodes', { servers: ['Calendar'], presets: { Calendar: 'demo' } });
      expect(reset.status).toBe(201);
      const stored = await withRedis((redis) => redis.exists(`${prefix}episode:${reset.body.episodeId}`));
      expect(stored).toBe(1);
    } finally {
      await stopProcess(child);
    }
  });
});
