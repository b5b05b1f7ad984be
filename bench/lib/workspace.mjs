// Where the benchmarks find what they measure: the built workspace packages (dist/, as `node`
// runs them in production) and the MCP SDK exactly as @envfleet/server resolves it. The root
// package does not depend on the workspace packages (tests reach them through aliases), so plain
// `node` imports their builds by path; inside a package, imports resolve as they do in production.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
export const benchDir = join(workspaceRoot, 'bench');

/** A workspace package's build: `workspacePackage('episodes')` is @envfleet/episodes. */
export function workspacePackage(name) {
  return import(pathToFileURL(join(workspaceRoot, 'packages', name, 'dist/index.js')).href);
}

/**
 * The Retail environment from its build. Not through the gateway's discovery, which would make
 * in-process figures load fastify and the MCP SDK too.
 */
export async function loadRetail() {
  const entry = join(workspaceRoot, 'environments/commerce/retail/dist/index.js');
  const env = (await import(pathToFileURL(entry).href)).default;
  if (env?.name !== 'Retail') throw new Error(`bench: ${entry} does not default-export the Retail environment`);
  return env;
}

/**
 * Imports an SDK package (`@modelcontextprotocol/server`, `@modelcontextprotocol/node`) from where
 * packages/server resolves it: they are its dependencies, not the root's, and the baseline must run
 * the very same SDK build our server runs. Plain `node` has no two-argument import.meta.resolve, so
 * the package folder is found with require.resolve and its ESM entry read from its exports map.
 */
export async function importFromServerPackage(specifier) {
  const require = createRequire(join(workspaceRoot, 'packages/server/package.json'));
  let dir = dirname(require.resolve(specifier));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== specifier) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`bench: cannot find the package folder of ${specifier}`);
    dir = parent;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entry = manifest.exports?.['.']?.import?.default ?? manifest.exports?.['.']?.import ?? manifest.module ?? manifest.main;
  if (typeof entry !== 'string') throw new Error(`bench: ${specifier} has no ESM entry in its exports map`);
  return import(pathToFileURL(join(dir, entry)).href);
}

/** Fails early, with the fix, when the bench runs before a build. */
export function requireBuild() {
  for (const dist of ['packages/episodes/dist/index.js', 'packages/gateway/dist/index.js', 'environments/commerce/retail/dist/index.js']) {
    if (!existsSync(join(workspaceRoot, dist)))
      throw new Error(`bench: ${dist} is missing — run \`node scripts/build.mjs\` (pnpm bench does it first)`);
  }
}
