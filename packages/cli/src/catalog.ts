import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMAINS, type Domain, type JsonSchema } from '@envfleet/kit';

/** EnvFactory's interface catalog, which the fleet is held to (see catalog/README.md). */
export const CATALOG_FILE = 'catalog/envfactory-catalog.json';

export interface CatalogTool {
  name: string;
  inputSchema: JsonSchema;
}

export interface CatalogEnvironment {
  name: string;
  domain: Domain;
  tools: CatalogTool[];
}

export function readCatalog(workspaceRoot: string): CatalogEnvironment[] {
  const path = join(workspaceRoot, CATALOG_FILE);
  if (!existsSync(path)) throw new Error(`The catalog is missing: expected ${CATALOG_FILE} in ${workspaceRoot}`);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { environments: { name: string; domain: string; tools: CatalogTool[] }[] };
  return raw.environments.map((env) => {
    const domain = env.domain.toLowerCase();
    if (!(DOMAINS as readonly string[]).includes(domain))
      throw new Error(`${CATALOG_FILE}: ${env.name} has unknown domain "${env.domain}"`);
    return { name: env.name, domain: domain as Domain, tools: env.tools };
  });
}
