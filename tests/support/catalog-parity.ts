/**
 * The contract suite's placement and parity checks, as functions: the contract suite runs them over
 * every workspace environment, and the scaffold's tests run them over a package new-env just wrote.
 */
import type { Environment } from '@envfleet/kit';
import { expect } from 'vitest';
import type { CatalogEnvironment, EnvironmentPackage } from './workspace-environments.js';

export function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema as Record<string, unknown>)
      .filter(([key]) => key !== 'title' && key !== 'description')
      .map(([key, value]) => [key, withoutAnnotations(value)]),
  );
}

/** Named, placed and packaged as its catalog entry (if any) says: environments/<domain>/<name>, a bin, a server name. */
export function expectPlacement(pkg: EnvironmentPackage, env: Environment, entry: CatalogEnvironment | undefined): void {
  if (entry) expect(env.domain).toBe(entry.domain.toLowerCase());
  expect(pkg.dir.split('/')[1]).toBe(env.domain);
  expect(pkg.manifest.envfleet?.server).toBe(env.name);
  expect(pkg.packageName).toMatch(/^@envfleet\/env-[a-z0-9-]+$/);
  expect(Object.values(pkg.manifest.bin ?? {})).toContain('dist/main.js');
}

/** Exactly the catalog's tools, each with the catalog's argument schema (titles and descriptions aside). */
export function expectCatalogParity(env: Environment, entry: CatalogEnvironment): void {
  expect([...env.tools.keys()].sort()).toEqual(entry.tools.map((tool) => tool.name).sort());
  for (const tool of entry.tools) {
    const ours = env.tools.get(tool.name);
    expect(withoutAnnotations(ours?.inputSchema), `${env.name}.${tool.name} input schema`).toEqual(withoutAnnotations(tool.inputSchema));
  }
}
