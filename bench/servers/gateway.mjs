// The system under test: the gateway serving the Retail environment, in-memory store, no logger —
// as `envfleet serve` runs it, minus the 84 environments the figures never call.
import { serveUntilStopped } from '../lib/serve.mjs';
import { loadRetail, workspacePackage } from '../lib/workspace.mjs';

const { buildGateway } = await workspacePackage('gateway');

const app = await buildGateway({ environments: [await loadRetail()] });
await serveUntilStopped(app);
