import type { Pool } from 'pg';

/** One schema change; `sql` receives the quoted schema name. Append new ones, never edit old ones. */
export interface Migration {
  version: number;
  name: string;
  sql: (schema: string) => string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'closed episodes and durable snapshots',
    sql: (schema) => `
      create table ${schema}.episodes (
        episode_id text primary key,
        -- archive order, for the export to page through without gaps or repeats
        archived_seq bigint generated always as identity unique,
        servers text[] not null,
        seed bigint not null,
        steps integer not null,
        call_count integer not null,
        initial_states jsonb not null,
        final_states jsonb not null,
        calls jsonb not null,
        created_at timestamptz not null,
        closed_at timestamptz not null default now(),
        reason text not null check (reason in ('closed', 'expired'))
      );
      create index episodes_by_closed_at on ${schema}.episodes (closed_at);

      create table ${schema}.durable_snapshots (
        episode_id text not null,
        snapshot_id text not null,
        step integer not null,
        call_count integer not null,
        states jsonb not null,
        trajectory_length integer not null,
        created_at timestamptz not null,
        primary key (episode_id, snapshot_id)
      );
    `,
  },
];

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The schema name, checked and quoted for SQL; throws a message saying what a name may hold. */
export function quotedSchema(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(
      `PostgreSQL schema "${schema}" is not a plain identifier: use letters, digits and "_", starting with a letter or "_" (at most 63)`,
    );
  }
  return `"${schema}"`;
}

/**
 * Brings the schema up to date and returns the versions it applied. Safe to run from many replicas
 * starting at once: an advisory lock per schema lets one migrate while the others wait, and all of
 * it is one transaction, so a failed migration leaves the schema as it was.
 */
export async function migrate(pool: Pool, schema: string, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const quoted = quotedSchema(schema);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`envfleet.migrations.${schema}`]);
    await client.query(`create schema if not exists ${quoted}`);
    await client.query(`
      create table if not exists ${quoted}.schema_migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`);
    const done = new Set(
      (await client.query<{ version: number }>(`select version from ${quoted}.schema_migrations`)).rows.map((row) => row.version),
    );
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql(quoted));
      await client.query(`insert into ${quoted}.schema_migrations (version, name) values ($1, $2)`, [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query('commit');
    return applied;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
