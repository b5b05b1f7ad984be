import { environmentPackages, findWorkspaceRoot, loadEnvironments } from '@envfleet/gateway';
import { DOMAINS } from '@envfleet/kit';
import { readCatalog } from '../catalog.js';

/**
 * `envfleet list [--json]`: environments by domain with tool counts, measured against the catalog:
 * per domain how many of EnvFactory's are here and which are still missing. Environments of our own
 * (not in the catalog) are listed apart and never counted against it.
 */
export async function list(root: string, json: boolean, options: { source?: boolean } = {}): Promise<string> {
  const workspace = findWorkspaceRoot(root);
  const environments = await loadEnvironments(environmentPackages(workspace), options);
  const catalog = readCatalog(workspace);
  const inCatalog = new Set(catalog.map((env) => env.name));
  const present = new Set(environments.map((env) => env.name));
  const missing = (domain: string) => catalog.filter((env) => env.domain === domain && !present.has(env.name)).map((env) => env.name);

  if (json) {
    return JSON.stringify(
      {
        environments: environments.map((env) => ({
          name: env.name,
          domain: env.domain,
          tools: env.tools.size,
          presets: Object.keys(env.presets),
          inCatalog: inCatalog.has(env.name),
        })),
        missing: Object.fromEntries(DOMAINS.map((domain) => [domain, missing(domain)])),
      },
      null,
      2,
    );
  }
  const lines: string[] = [];
  for (const domain of DOMAINS) {
    const expected = catalog.filter((env) => env.domain === domain).length;
    const here = environments.filter((env) => env.domain === domain && inCatalog.has(env.name));
    const absent = missing(domain);
    lines.push(`${domain} — ${here.length}/${expected} of the catalog${absent.length === 0 ? ' (complete)' : ''}`);
    for (const env of here) lines.push(`  ${env.name.padEnd(28)} ${String(env.tools.size).padStart(2)} tools`);
    if (absent.length > 0) lines.push(`  missing: ${absent.join(', ')}`);
  }
  const own = environments.filter((env) => !inCatalog.has(env.name));
  if (own.length > 0) {
    lines.push('not in the catalog');
    for (const env of own) lines.push(`  ${env.name.padEnd(28)} ${String(env.tools.size).padStart(2)} tools (${env.domain})`);
  }
  const tools = environments.reduce((sum, env) => sum + env.tools.size, 0);
  const fromCatalog = environments.length - own.length;
  lines.push(`${environments.length} environments (${fromCatalog} of the catalog's ${catalog.length}), ${tools} tools`);
  return lines.join('\n');
}
