import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { findWorkspaceRoot } from '@envfleet/gateway';
import { DOMAINS } from '@envfleet/kit';
import { kebabCase, scaffoldFiles } from '../scaffold.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `envfleet new-env <domain> <Name>`: writes environments/<domain>/<kebab-name>/ and returns its path. */
export function newEnvironment(from: string, domain: string | undefined, name: string | undefined, root?: string): string {
  if (!domain || !name) throw new UsageError('usage: envfleet new-env <domain> <Name>   e.g. envfleet new-env office Notebook');
  if (!(DOMAINS as readonly string[]).includes(domain))
    throw new UsageError(`Unknown domain "${domain}": use one of ${DOMAINS.join(', ')}`);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name))
    throw new UsageError(`Environment name "${name}" must be PascalCase letters and digits, like GoogleTasks`);
  const workspace = root ?? findWorkspaceRoot(from);
  const dir = join(workspace, 'environments', domain, kebabCase(name));
  if (existsSync(dir)) throw new UsageError(`${relative(workspace, dir)} already exists`);
  for (const [file, content] of Object.entries(scaffoldFiles(domain, name))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}
