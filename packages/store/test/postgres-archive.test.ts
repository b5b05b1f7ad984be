import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { EpisodeEngine, type EpisodeRecord } from '@envfleet/episodes';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { archiveOnClose, MIGRATIONS, PostgresArchive, RedisEpisodeStore } from '../src/index.js';
import { DATABASE_URL, deleteRedisKeys, dropSchema, REDIS_URL, uniquePrefix, uniqueSchema, withPostgres } from './services.js';
import { entry, record } from './store-contract.js';
import { toyCatalog } from '@envfleet/testing';

const schema = uniqueSchema('postgres-archive');
const prefix = uniquePrefix('postgres-archive');
const opened: { close(): Promise<void> }[] = [];

async function openArchive(inSchema = schema): Promise<PostgresArchive> {
  const archive = await PostgresArchive.open({ url: DATABASE_URL, schema: inSchema });
  opened.push(archive);
  return archive;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((resource) => resource.close()));
});
afterAll(async () => {
  await dropSchema(schema);
  await deleteRedisKeys(prefix);
});

describe('PostgresArchive', () => {
  it('migrates its schema once, however many replicas start together', async () => {
    const fresh = uniqueSchema('migrations');
    try {
      await Promise.all([openArchive(fresh), openArchive(fresh), openArchive(fresh)]);
      await openArchive(fresh);
      const applied = await withPostgres((pool) => pool.query(`select version, name from "${fresh}".schema_migrations order by version`));
      expect(applied.rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    } finally {
      await Promise.all(opened.splice(0).map((resource) => resource.close()));
      await dropSchema(fresh);
    }
  });

  it('archives episodes closed through the engine and exports them as EnvFactory JSONL', async () => {
    const archive = await openArchive();
    const store = await RedisEpisodeStore.connect({ url: REDIS_URL, keyPrefix: prefix });
    opened.push(store);
    let now = 1_700_000_000_000;
    const engine = new EpisodeEngine({ environments: toyCatalog(), store, onClose: archiveOnClose(archive), now: () => now });

    const { episodeId } = await engine.reset({ servers: ['Notes', 'Counter'], scenario: { Counter: { value: 1 } }, seed: 9 });
    await engine.step(episodeId, { calls: [{ name: 'Notes-add_note', arguments: { text: 'buy milk' } }] });
    await engine.step(episodeId, {
      calls: [
        { name: 'Counter-increment', arguments: { by: 2 } },
        { name: 'Notes-add_note', arguments: { text: '' } },
      ],
    });
    await engine.close(episodeId);

    const { episodeId: idle } = await engine.reset({ servers: ['Counter'], ttlSeconds: 60 });
    now += 61_000;
    expect(await engine.reapExpired()).toEqual([idle]);

    const path = join(tmpdir(), `${schema}.jsonl`);
    try {
      expect(await archive.exportJsonl(path)).toBe(2);
      const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
      expect(lines).toHaveLength(2);
      const [closed, reaped] = lines.map((line) => JSON.parse(line));
      expect(Object.keys(closed)).toEqual(['episodeId', 'servers', 'initial_config', 'final_config', 'calls']);
      expect(closed).toEqual({
        episodeId,
        servers: ['Notes', 'Counter'],
        initial_config: { Notes: { notes: {}, next_id: 1, blob: '' }, Counter: { value: 1 } },
        final_config: { Notes: { notes: { n1: { id: 'n1', text: 'buy milk' } }, next_id: 2, blob: '' }, Counter: { value: 3 } },
        calls: [
          { name: 'Notes-add_note', arguments: { text: 'buy milk' }, isError: false, content: { id: 'n1', text: 'buy milk' }, step: 1 },
          { name: 'Counter-increment', arguments: { by: 2 }, isError: false, content: { value: 3 }, step: 2 },
          { name: 'Notes-add_note', arguments: { text: '' }, isError: true, content: { message: 'text must not be empty' }, step: 2 },
        ],
      });
      for (const call of closed.calls) expect(Object.keys(call)).toEqual(['name', 'arguments', 'isError', 'content', 'step']);
      expect(reaped).toMatchObject({ episodeId: idle, servers: ['Counter'], calls: [] });
    } finally {
      await rm(path, { force: true });
    }

    const reasons = await withPostgres((pool) =>
      pool.query(`select episode_id, reason, seed, steps from "${schema}".episodes order by archived_seq`),
    );
    expect(reasons.rows).toEqual([
      { episode_id: episodeId, reason: 'closed', seed: '9', steps: 2 },
      { episode_id: idle, reason: 'expired', seed: '0', steps: 0 },
    ]);
  });

  it('exports to a stream, page after page, and keeps the first copy of an episode archived twice', async () => {
    const fresh = uniqueSchema('export');
    try {
      const archive = await openArchive(fresh);
      const episodes: EpisodeRecord[] = Array.from({ length: 450 }, () => record());
      for (const episode of episodes) await archive.archive(episode, [entry(1, 'Counter-increment')], 'closed');
      await archive.archive({ ...(episodes[0] as EpisodeRecord), servers: ['Changed'] }, [], 'expired');

      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on('data', (chunk: Buffer) => chunks.push(chunk));
      expect(await archive.exportJsonl(sink)).toBe(450);
      const exported = Buffer.concat(chunks)
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(exported.map((e) => e.episodeId)).toEqual(episodes.map((e) => e.id));
      expect(exported[0].servers).toEqual(['Notes', 'Counter']);
      expect(await archive.count()).toBe(450);
    } finally {
      await Promise.all(opened.splice(0).map((resource) => resource.close()));
      await dropSchema(fresh);
    }
  });

  it('keeps durable snapshots, replacing one saved again', async () => {
    const archive = await openArchive();
    const episode = record();
    const snapshot = {
      id: 'snap_1',
      episodeId: episode.id,
      step: 2,
      calls: 3,
      states: episode.states,
      trajectoryLength: 3,
      createdAt: 1_700_000_000_123,
    };
    await archive.putDurableSnapshot(snapshot);
    expect(await archive.durableSnapshot(episode.id, 'snap_1')).toEqual(snapshot);
    await archive.putDurableSnapshot({ ...snapshot, step: 4 });
    expect((await archive.durableSnapshot(episode.id, 'snap_1'))?.step).toBe(4);
    expect(await archive.durableSnapshot(episode.id, 'snap_unknown')).toBeUndefined();
  });

  it('refuses a schema name that is not a plain identifier, and a database that does not answer', async () => {
    await expect(PostgresArchive.open({ url: DATABASE_URL, schema: 'bad-name; drop table x' })).rejects.toThrow(
      /schema "bad-name; drop table x" is not a plain identifier/,
    );
    await expect(PostgresArchive.open({ url: 'postgres://postgres:secret@127.0.0.1:1/test' })).rejects.toThrow(
      /^PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test does not answer: .*ECONNREFUSED/,
    );
  });

  it('reports a failed archive write to onError instead of failing the close', async () => {
    const failures: string[] = [];
    const hook = archiveOnClose(
      { archive: async () => Promise.reject(new Error('disk full')) },
      { onError: (error, rec) => failures.push(`${rec.id}: ${(error as Error).message}`) },
    );
    const episode = record();
    await hook(episode, [], 'closed');
    expect(failures).toEqual([`${episode.id}: disk full`]);
    await expect(archiveOnClose({ archive: async () => Promise.reject(new Error('disk full')) })(episode, [], 'closed')).rejects.toThrow(
      'disk full',
    );
  });
});
