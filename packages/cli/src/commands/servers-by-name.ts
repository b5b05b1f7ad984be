import { environmentPackages, findWorkspaceRoot, loadEnvironments } from '@envfleet/gateway';
import { closestName, type Environment } from '@envfleet/kit';
import { UsageError } from './new-env.js';

/** The workspace's environments of these names, in the order given; an unknown name is a usage error naming it. */
export async function serversByName(root: string, names: string[], options: { source?: boolean } = {}): Promise<Environment[]> {
  const packages = environmentPackages(findWorkspaceRoot(root));
  const known = packages.map((pkg) => pkg.server);
  const unique = [...new Set(names)];
  for (const name of unique) {
    if (!known.includes(name)) {
      const hint = closestName(name, known);
      throw new UsageError(`"${name}" is not an environment here${hint ? ` — did you mean "${hint}"?` : ''} (envfleet list shows them)`);
    }
  }
  const chosen = unique.map((name) => packages.find((pkg) => pkg.server === name) as (typeof packages)[number]);
  return loadEnvironments(chosen, options);
}
