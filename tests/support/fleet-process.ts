import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** An error line the server logged (pino level 50 and above), or anything it wrote to stderr. */
export interface LoggedError {
  message: string;
  server?: string;
  tool?: string;
  error?: string;
}

export interface FleetProcess {
  url: string;
  child: ChildProcess;
  /** Errors logged since the last call. */
  drainErrors(): LoggedError[];
  /** Why the process ended, once it has. */
  exit(): string | undefined;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * The real gateway (fleet-server.ts: `envfleet serve`'s assembly, from the builds) on a port of its
 * own on 127.0.0.1, with `env` added to its environment (ENVFLEET_* settings, REDIS_URL) and only
 * the environments in `servers` (all when absent). `nodeArgs` go to node itself (`--import` a probe,
 * `--expose-gc`); `ipc` opens a channel to it. Harness bundles only: it starts the bundled sibling.
 */
export function startFleetProcess(options: {
  servers?: string[];
  env?: Record<string, string>;
  nodeArgs?: string[];
  ipc?: boolean;
  startTimeoutMs?: number;
}): Promise<FleetProcess> {
  const main = fileURLToPath(new URL('../support/fleet-server.js', import.meta.url));
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), main], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...(options.servers ? { ENVFLEET_HARNESS_SERVERS: options.servers.join(',') } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
  });
  running.add(child);
  const errors: LoggedError[] = [];
  const recent: string[] = [];
  let exit: string | undefined;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`envfleet serve did not start listening within ${(options.startTimeoutMs ?? 60_000) / 1000} s:\n${recent.join('\n')}`),
      );
    }, options.startTimeoutMs ?? 60_000);
    const onLine = (line: string, stream: 'stdout' | 'stderr') => {
      recent.push(line);
      if (recent.length > 40) recent.shift();
      const entry = parseLogLine(line);
      if (!entry) {
        if (stream === 'stderr' && line.trim()) errors.push({ message: line.slice(0, 500) });
        return;
      }
      const listening = typeof entry.msg === 'string' ? entry.msg.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/) : null;
      if (listening?.[1]) {
        clearTimeout(timer);
        resolve({
          url: listening[1],
          child,
          drainErrors: () => errors.splice(0, errors.length),
          exit: () => exit,
          stop: () => stop(child),
        });
      }
      if ((entry.level ?? 0) >= 50) {
        errors.push({
          message: String(entry.msg ?? 'error'),
          ...(typeof entry.server === 'string' ? { server: entry.server } : {}),
          ...(typeof entry.tool === 'string' ? { tool: entry.tool } : {}),
          ...(entry.err ? { error: String(entry.err.message ?? '').slice(0, 500) } : {}),
        });
      }
    };
    if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => onLine(line, 'stdout'));
    if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => onLine(line, 'stderr'));
    child.once('exit', (code, signal) => {
      running.delete(child);
      exit = `exited with ${signal ?? code}`;
      clearTimeout(timer);
      reject(new Error(`the gateway ${exit} before listening:\n${recent.join('\n')}`));
    });
  });
}

function parseLogLine(
  line: string,
): { level?: number; msg?: unknown; server?: unknown; tool?: unknown; err?: { message?: unknown } } | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
