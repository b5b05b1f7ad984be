import { readFileSync } from 'node:fs';
import { UsageError } from './new-env.js';

export const TASKS_USAGE =
  'usage: envfleet tasks import FILE.jsonl [--url URL] (default $ENVFLEET_URL or http://127.0.0.1:8080; $ENVFLEET_TOKEN if set)';

/** Rows per POST /v1/tasks: well under the route's 10 000 and the default 16 MiB body limit for usual rows. */
const ROWS_PER_REQUEST = 500;

export interface ImportedTasks {
  taskIds: string[];
  url: string;
}

/**
 * `envfleet tasks import FILE.jsonl`: sends the rows of an EnvFactory-RL JSONL file to a running
 * fleet (`POST /v1/tasks`), ROWS_PER_REQUEST at a time, so episodes can be reset from them by id. A
 * row that is not JSON is refused before anything is sent; a row the fleet refuses stops the import
 * with its line number and field (the batches before it are kept; import again once fixed: ids replace).
 */
export async function importTasks(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ImportedTasks> {
  const { file, url } = readOptions(args, env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const rows: { line: number; row: unknown }[] = [];
  text.split('\n').forEach((content, i) => {
    if (content.trim() === '') return;
    try {
      rows.push({ line: i + 1, row: JSON.parse(content) });
    } catch (error) {
      throw new UsageError(`${file} line ${i + 1} is not JSON: ${(error as Error).message}`);
    }
  });
  if (rows.length === 0) throw new UsageError(`${file} has no rows`);

  const taskIds: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_REQUEST) {
    const batch = rows.slice(start, start + ROWS_PER_REQUEST);
    const answer = await post(`${url}/v1/tasks`, { tasks: batch.map((entry) => entry.row) }, env.ENVFLEET_TOKEN);
    if (answer.status !== 201) {
      const detail = typeof answer.body?.detail === 'string' ? answer.body.detail : JSON.stringify(answer.body);
      // The fleet names rows by their place in the request; the user knows them by line.
      const located = detail.replace(
        /tasks\[(\d+)\](\.?)/g,
        (_: string, index: string, dot: string) => `line ${batch[Number(index)]?.line ?? '?'}${dot ? ': ' : ''}`,
      );
      const kept = start > 0 ? ` (the ${start} rows before it were imported)` : ' (nothing was imported)';
      throw new UsageError(`${file}: the fleet refused the import with ${answer.status}: ${located}${kept}`);
    }
    taskIds.push(...(answer.body?.taskIds ?? []));
  }
  return { taskIds, url };
}

/** What the fleet answered: the route's answer, or a problem (`detail`). */
type Answer = { detail?: unknown; taskIds?: string[] } | null;

async function post(url: string, body: unknown, token: string | undefined): Promise<{ status: number; body: Answer }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new UsageError(
      `Cannot reach the fleet at ${url}: ${(error as Error).cause ?? (error as Error).message} (is it running? --url sets where)`,
    );
  }
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as Answer };
  } catch {
    return { status: response.status, body: { detail: text.slice(0, 300) } };
  }
}

function readOptions(args: string[], env: NodeJS.ProcessEnv): { file: string; url: string } {
  const [sub, ...rest] = args;
  if (sub !== 'import') throw new UsageError(sub === undefined ? TASKS_USAGE : `Unknown tasks command "${sub}"\n${TASKS_USAGE}`);
  let file: string | undefined;
  let url = env.ENVFLEET_URL ?? 'http://127.0.0.1:8080';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--url') {
      const value = rest[++i];
      if (value === undefined) throw new UsageError(`--url needs a value\n${TASKS_USAGE}`);
      url = value;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown argument ${arg}\n${TASKS_USAGE}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`One file at a time: ${arg}\n${TASKS_USAGE}`);
  }
  if (file === undefined) throw new UsageError(`Name the JSONL file to import\n${TASKS_USAGE}`);
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw new UsageError(`--url "${url}" is not an http:// or https:// URL`);
  }
  return { file, url: url.replace(/\/+$/, '') };
}
