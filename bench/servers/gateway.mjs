// The system under test: the gateway serving the Retail environment, no logger — as `envfleet serve`
// runs it, minus the environments the figures never call. Episodes live in memory, or in Redis when
// started with `--redis <url>` (each run under a key prefix of its own; its episodes expire with their idle TTL).
import { parseArgs } from 'node:util';
import { serveUntilStopped } from '../lib/serve.mjs';
import { loadRetail, workspacePackage } from '../lib/workspace.mjs';

const { values } = parseArgs({ options: { redis: { type: 'string' } } });
const { buildGateway } = await workspacePackage('gateway');

let store;
if (values.redis) {
  const { RedisEpisodeStore } = await workspacePackage('store');
  store = await RedisEpisodeStore.connect({ url: values.redis, keyPrefix: `envfleet-bench:${process.pid}:` });
}
// The snapshot figure takes snapshots of one episode for as long as it runs, so the per-episode
// quota (1,000 by default, docs/limits.md) is lifted: the figure measures a snapshot, not the quota.
const limits = { maxSnapshotsPerEpisode: Number.MAX_SAFE_INTEGER };
const app = await buildGateway({ environments: [await loadRetail()], server: store ? { store, limits } : { limits } });
if (store) app.addHook('onClose', async () => store.close());
await serveUntilStopped(app);
