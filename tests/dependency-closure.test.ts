/**
 * An environment package deployed alone carries no database drivers: nothing it installs — its own
 * dependencies, theirs, down to the last package the lockfile resolves — is ioredis, pg or
 * @envfleet/store. The store is an optional peer of @envfleet/host, loaded only when REDIS_URL or
 * DATABASE_URL is set (packages/host/README.md); a dependency that pulls it back in fails here.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { environmentPackages, workspaceRoot } from './support/workspace-environments.js';

const FORBIDDEN = ['ioredis', 'pg', '@envfleet/store'];

interface Resolved {
  specifier?: string;
  version: string;
}
interface Lockfile {
  importers: Record<string, { dependencies?: Record<string, Resolved>; optionalDependencies?: Record<string, Resolved> }>;
  snapshots: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }>;
}

const lockfile = parse(readFileSync(join(workspaceRoot, 'pnpm-lock.yaml'), 'utf8')) as Lockfile;

/** Every package a production install of the importer at `dir` brings, with the path that brings it. */
function productionClosure(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (key: string, via: string, next: () => Record<string, string>) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const [name, version] of Object.entries(next())) {
      const path = `${via} → ${name}`;
      if (!found.has(name)) found.set(name, path);
      if (version.startsWith('link:')) {
        const target = posix.normalize(posix.join(key.replace(/^importer:/, ''), version.slice('link:'.length)));
        visit(`importer:${target}`, path, () => importerDependencies(target));
      } else visit(`${name}@${version}`, path, () => snapshotDependencies(`${name}@${version}`));
    }
  };
  visit(`importer:${dir}`, dir, () => importerDependencies(dir));
  return found;
}

function importerDependencies(dir: string): Record<string, string> {
  const importer = lockfile.importers[dir];
  if (!importer) throw new Error(`pnpm-lock.yaml has no importer ${dir}: run pnpm install`);
  const all = { ...importer.dependencies, ...importer.optionalDependencies };
  return Object.fromEntries(Object.entries(all).map(([name, resolved]) => [name, resolved.version]));
}

function snapshotDependencies(key: string): Record<string, string> {
  const snapshot = lockfile.snapshots[key];
  if (!snapshot) throw new Error(`pnpm-lock.yaml has no snapshot ${key}`);
  return { ...snapshot.dependencies, ...snapshot.optionalDependencies };
}

const packages = environmentPackages();

describe('the dependency closure of an environment package', () => {
  it('is read from the lockfile, down to external packages (the check below can see a driver)', () => {
    const gateway = productionClosure('packages/cli');
    for (const name of [...FORBIDDEN, 'fastify', 'pg-protocol']) expect(gateway.has(name), name).toBe(true);
    const calendar = productionClosure('environments/office/calendar');
    for (const name of ['@envfleet/host', '@envfleet/server', 'fastify', 'zod']) expect(calendar.has(name), name).toBe(true);
  });

  it.each(packages.map((pkg) => [pkg.dir]))('%s holds no ioredis, pg or @envfleet/store', (dir) => {
    const closure = productionClosure(dir);
    const drivers = FORBIDDEN.filter((name) => closure.has(name)).map((name) => closure.get(name));
    expect(drivers).toEqual([]);
  });

  it('starts every environment through @envfleet/host, not the server package directly', () => {
    for (const pkg of packages) {
      const manifest = JSON.parse(readFileSync(join(workspaceRoot, pkg.dir, 'package.json'), 'utf8'));
      expect(Object.keys(manifest.dependencies ?? {}), pkg.dir).toContain('@envfleet/host');
      expect(manifest.peerDependencies?.['@envfleet/store'], pkg.dir).toBeUndefined();
    }
  });
});
