import { storeFromVariables } from '@envfleet/store';
import { UsageError } from './new-env.js';

/**
 * `envfleet export --out FILE.jsonl`: every archived episode as one JSON line (episodeId, servers,
 * initial_config, final_config, calls), EnvFactory's field names, ready as SFT/RL data.
 */
export async function exportArchive(args: string[], variables: NodeJS.ProcessEnv = process.env): Promise<string> {
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  if (!out) throw new UsageError('usage: envfleet export --out FILE.jsonl   (reads the archive at DATABASE_URL)');
  if (!variables.DATABASE_URL)
    throw new UsageError('envfleet export reads the PostgreSQL archive: set DATABASE_URL (e.g. postgres://user@host:5432/db)');
  // Only the archive is needed: leave REDIS_URL out so exporting never touches live episodes.
  const stores = await storeFromVariables({ ...variables, REDIS_URL: '' });
  try {
    const count = (await stores.archive?.exportJsonl(out)) ?? 0;
    return `Wrote ${count} episodes to ${out}`;
  } finally {
    await stores.close();
  }
}
