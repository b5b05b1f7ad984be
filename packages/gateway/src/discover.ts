import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Environment } from '@envfleet/kit';

export interface DiscoveredPackage {
  /** The package folder. */
  dir: string;
  name: string;
  server: string;
  domain: string;
}

/** The nearest folder at or above `from` that holds pnpm-workspace.yaml. */
export function findWorkspaceRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml at or above ${from}: run the gateway from inside an envfleet checkout`);
    dir = parent;
  }
}

/**
 * Every environment package of the workspace (environments/<domain>/<name>/ with an "envfleet"
 * field in its package.json). Adding a folder is all it takes to join the fleet.
 */
export function environmentPackages(root: string): DiscoveredPackage[] {
  const base = join(root, 'environments');
  if (!existsSync(base)) return [];
  const found: DiscoveredPackage[] = [];
  for (const domain of readdirSync(base, { withFileTypes: true })) {
    if (!domain.isDirectory()) continue;
    for (const entry of readdirSync(join(base, domain.name), { withFileTypes: true })) {
      const dir = join(base, domain.name, entry.name);
      const manifestPath = join(dir, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (!manifest.envfleet?.server) continue;
      found.push({ dir, name: manifest.name, server: manifest.envfleet.server, domain: manifest.envfleet.domain ?? domain.name });
    }
  }
  return found.sort((a, b) => a.server.localeCompare(b.server));
}

/**
 * Imports each package's environment from its build (dist/index.js), or from its TypeScript source
 * when `source` is set (tests, which run on sources).
 */
export async function loadEnvironments(packages: DiscoveredPackage[], options: { source?: boolean } = {}): Promise<Environment[]> {
  return Promise.all(
    packages.map(async (pkg) => {
      const entry = join(pkg.dir, options.source ? 'src/index.ts' : 'dist/index.js');
      if (!existsSync(entry))
        throw new Error(`${pkg.name} has no ${options.source ? 'src/index.ts' : 'build'} (${entry}); run \`pnpm build\``);
      const module = await import(pathToFileURL(entry).href);
      const env = module.default as Environment | undefined;
      if (!env?.tools) throw new Error(`${pkg.name}: ${entry} does not default-export an environment`);
      if (env.name !== pkg.server)
        throw new Error(`${pkg.name}: package.json says server "${pkg.server}" but the environment is named "${env.name}"`);
      return env;
    }),
  );
}
