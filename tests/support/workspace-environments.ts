import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Environment } from '@envfleet/kit';

export const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface EnvironmentPackage {
  /** Folder relative to the workspace root, e.g. environments/office/calendar. */
  dir: string;
  packageName: string;
  manifest: { name: string; bin?: Record<string, string>; envfleet?: { server?: string; domain?: string } };
}

/** Every environment package in the workspace: environments/<domain>/<name>/package.json. */
export function environmentPackages(root: string = workspaceRoot): EnvironmentPackage[] {
  const base = join(root, 'environments');
  const found: EnvironmentPackage[] = [];
  for (const domain of readdirSync(base, { withFileTypes: true })) {
    if (!domain.isDirectory()) continue;
    for (const entry of readdirSync(join(base, domain.name), { withFileTypes: true })) {
      const manifestPath = join(base, domain.name, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      found.push({ dir: `environments/${domain.name}/${entry.name}`, packageName: manifest.name, manifest });
    }
  }
  return found.sort((a, b) => a.dir.localeCompare(b.dir));
}

export async function loadEnvironment(pkg: EnvironmentPackage, root: string = workspaceRoot): Promise<Environment> {
  const module = await import(join(root, pkg.dir, 'src/index.ts'));
  const env = module.default as Environment | undefined;
  if (!env || typeof env.call !== 'function') throw new Error(`${pkg.dir}/src/index.ts must default-export its environment`);
  return env;
}

interface CatalogTool {
  name: string;
  inputSchema: Record<string, unknown>;
}
export interface CatalogEnvironment {
  name: string;
  domain: string;
  tools: CatalogTool[];
}

export function catalog(): Map<string, CatalogEnvironment> {
  const raw = JSON.parse(readFileSync(join(workspaceRoot, 'catalog/envfactory-catalog.json'), 'utf8'));
  return new Map((raw.environments as CatalogEnvironment[]).map((env) => [env.name, env]));
}
