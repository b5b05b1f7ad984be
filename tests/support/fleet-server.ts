// The gateway as `envfleet serve` assembles it (settings and stores from its variables, every
// environment of the workspace), optionally only the environments named in ENVFLEET_HARNESS_SERVERS:
// a harness that fuzzes two environments need not load the other eighty.
import { fileURLToPath } from 'node:url';
import { buildGateway, environmentPackages, findWorkspaceRoot, loadEnvironments } from '@envfleet/gateway';
import { serveFromVariables, serverOptionsFrom } from '@envfleet/host';

const root = findWorkspaceRoot(fileURLToPath(new URL('.', import.meta.url)));
const only = process.env.ENVFLEET_HARNESS_SERVERS?.split(',').filter(Boolean);
const packages = environmentPackages(root).filter((pkg) => !only || only.includes(pkg.server));
const environments = await loadEnvironments(packages);
await serveFromVariables((config, stores) => buildGateway({ environments, server: serverOptionsFrom(config, stores) }));
