import type { ChildProcess } from 'node:child_process';

export interface GatewayMemory {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  /** Whether the numbers follow a full collection (the gateway runs with --expose-gc). */
  collected: boolean;
}

/** The gateway's memory, from the probe loaded into it (memory-probe.ts). */
export function gatewayMemory(child: ChildProcess, timeoutMs = 15_000): Promise<GatewayMemory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(() => reject(new Error(`the gateway's memory probe did not answer within ${timeoutMs / 1000} s`))),
      timeoutMs,
    );
    const onMessage = (message: { type?: string } & GatewayMemory) => {
      if (message?.type === 'memory') done(() => resolve(message));
    };
    const done = (then: () => void) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      then();
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' });
  });
}

/** `envfleet_live_episodes` from GET /metrics: the episodes the store holds. */
export async function liveEpisodes(base: string): Promise<number> {
  const response = await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  const match = text.match(/^envfleet_live_episodes (\d+)/m);
  if (!match?.[1]) throw new Error(`GET /metrics has no envfleet_live_episodes (status ${response.status})`);
  return Number(match[1]);
}
