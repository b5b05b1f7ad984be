import { environmentPackages, findWorkspaceRoot, loadEnvironments } from '@envfleet/gateway';
import { DOMAINS } from '@envfleet/kit';
import { ENVFACTORY_DOMAIN_SIZES } from '../domains.js';

/** `envfleet list [--json]`: environments by domain, with tool counts and domain completeness. */
export async function list(root: string, json: boolean, options: { source?: boolean } = {}): Promise<string> {
  const environments = await loadEnvironments(environmentPackages(findWorkspaceRoot(root)), options);
  if (json) {
    return JSON.stringify(
      environments.map((env) => ({ name: env.name, domain: env.domain, tools: env.tools.size, presets: Object.keys(env.presets) })),
      null,
      2,
    );
  }
  const lines: string[] = [];
  for (const domain of DOMAINS) {
    const inDomain = environments.filter((env) => env.domain === domain);
    const expected = ENVFACTORY_DOMAIN_SIZES[domain];
    const status = inDomain.length >= expected ? 'complete' : `${expected - inDomain.length} to go`;
    lines.push(`${domain} — ${inDomain.length}/${expected} (${status})`);
    for (const env of inDomain) lines.push(`  ${env.name.padEnd(28)} ${String(env.tools.size).padStart(2)} tools`);
  }
  const tools = environments.reduce((sum, env) => sum + env.tools.size, 0);
  lines.push(`${environments.length} environments, ${tools} tools`);
  return lines.join('\n');
}
