import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { environmentPackages, findWorkspaceRoot } from '@envfleet/gateway';
import { DOMAINS, type Domain } from '@envfleet/kit';
import { readCatalog } from '../catalog.js';
import { environmentFiles } from '../scaffold/environment-package.js';
import { kebabCase } from '../scaffold/names.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const NEW_ENV_USAGE =
  'usage: envfleet new-env <Name> [--reference <EnvFactory checkout or Name.py>] [--domain <domain>]\n' +
  '  e.g. envfleet new-env GoogleTasks --reference ../EnvFactory   (the domain comes from the catalog;\n' +
  '  --domain only for an environment of your own, outside the catalog)';

export interface NewEnvironmentOptions {
  name: string | undefined;
  domain?: string;
  reference?: string;
}

export interface NewEnvironmentResult {
  dir: string;
  fromCatalog: boolean;
  tools: number;
  scenarioFromReference: boolean;
}

/** `envfleet new-env <Name>`: writes environments/<domain>/<kebab-name>/ from the catalog entry (or a blank one). */
export function newEnvironment(from: string, options: NewEnvironmentOptions, root?: string): NewEnvironmentResult {
  const { name } = options;
  if (!name) throw new UsageError(NEW_ENV_USAGE);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name))
    throw new UsageError(`Environment name "${name}" must be PascalCase letters and digits, like GoogleTasks`);
  const workspace = root ?? findWorkspaceRoot(from);
  const entry = readCatalog(workspace).find((env) => env.name === name);
  const domain = chooseDomain(name, entry?.domain, options.domain);

  const existing = environmentPackages(workspace).find((pkg) => pkg.server === name);
  if (existing) throw new UsageError(`${name} already exists at ${relative(workspace, existing.dir) || '.'}`);
  const dir = join(workspace, 'environments', domain, kebabCase(name));
  if (existsSync(dir)) throw new UsageError(`${relative(workspace, dir)} already exists`);

  const referencePython = options.reference ? readReference(options.reference, name) : undefined;
  const files = environmentFiles({ name, domain, tools: entry?.tools ?? [], referencePython });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  formatWithBiome(workspace, dir);
  return {
    dir,
    fromCatalog: entry !== undefined,
    tools: entry?.tools.length ?? 0,
    scenarioFromReference: referencePython !== undefined && files['src/scenario.ts']?.includes("The reference's") === true,
  };
}

function chooseDomain(name: string, catalogDomain: Domain | undefined, asked: string | undefined): Domain {
  if (asked !== undefined && !(DOMAINS as readonly string[]).includes(asked)) {
    throw new UsageError(`Unknown domain "${asked}": use one of ${DOMAINS.join(', ')}`);
  }
  if (catalogDomain) {
    if (asked !== undefined && asked !== catalogDomain) {
      throw new UsageError(`${name} is in the catalog's ${catalogDomain} domain; drop --domain ${asked}`);
    }
    return catalogDomain;
  }
  if (asked === undefined) {
    throw new UsageError(
      `${name} is not in the EnvFactory catalog: give its domain with --domain (${DOMAINS.join(', ')}), or check the spelling`,
    );
  }
  return asked as Domain;
}

/** The reference's Python source: a file, or `envs/tools/<Name>.py` inside an EnvFactory checkout. */
function readReference(path: string, name: string): string {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'envs', 'tools', `${name}.py`) : path;
  if (!existsSync(file)) throw new UsageError(`--reference: ${file} does not exist (give an EnvFactory checkout or the server's .py file)`);
  return readFileSync(file, 'utf8');
}

/** Formats the new files in the workspace's own style when biome is installed there; a no-op otherwise. */
function formatWithBiome(workspace: string, dir: string): void {
  const biome = join(workspace, 'node_modules', '.bin', process.platform === 'win32' ? 'biome.cmd' : 'biome');
  if (existsSync(biome)) spawnSync(biome, ['format', '--write', dir], { cwd: workspace, stdio: 'ignore' });
}
