import type { EpisodeStore } from '@envfleet/episodes';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type AccessOptions, accessGuard } from './access.js';
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { CounterTally, HistogramTally, type Series } from './tallies.js';

const METRICS_PATH = '/metrics';

/** Prometheus metrics of one server process; `observeCall` is wired into the episode engine. */
export class FleetMetrics {
  readonly registry = new Registry();
  // Per call and per request: tallies (tallies.ts), which cost an increment, not a label hash.
  readonly calls = new CounterTally({
    name: 'envfleet_tool_calls_total',
    help: 'Tool calls run, by server, tool and outcome',
    registry: this.registry,
  });
  readonly callSeconds = new HistogramTally({
    name: 'envfleet_tool_call_seconds',
    help: 'Time to run one tool call (state transition only)',
    buckets: [0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1],
    registry: this.registry,
  });
  readonly resets = new Counter({
    name: 'envfleet_resets_total',
    help: 'Episodes reset, by server (an episode of two servers counts once for each)',
    labelNames: ['server'] as const,
    registers: [this.registry],
  });
  readonly steps = new Counter({
    name: 'envfleet_steps_total',
    help: 'Step requests acknowledged (each holds one or more tool calls)',
    registers: [this.registry],
  });
  readonly requestSeconds = new HistogramTally({
    name: 'envfleet_http_request_seconds',
    help: 'HTTP request latency by route and status',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registry: this.registry,
  });

  constructor(store: EpisodeStore) {
    // Process and Node runtime metrics (CPU, memory, event-loop lag, GC, handles) on this server's
    // own registry, so that two servers in one process (tests) never share or clash over them.
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'envfleet_live_episodes',
      help: 'Episodes currently held by the store',
      registers: [this.registry],
      async collect() {
        this.set(await store.size().catch(() => 0));
      },
    });
  }

  // Each (server, tool) is resolved to its series once; a call then costs a map lookup and increments.
  readonly #perTool = new Map<string, { ok: Series; error: Series; seconds: Series }>();

  observeReset = (servers: string[]): void => {
    for (const server of servers) this.resets.inc({ server });
  };

  observeStep = (): void => {
    this.steps.inc();
  };

  observeCall = (info: { server: string; tool: string; isError: boolean; seconds: number }): void => {
    const key = `${info.server}\u0000${info.tool}`;
    let series = this.#perTool.get(key);
    if (!series) {
      series = {
        ok: this.calls.series({ server: info.server, tool: info.tool, outcome: 'ok' }),
        error: this.calls.series({ server: info.server, tool: info.tool, outcome: 'error' }),
        seconds: this.callSeconds.series({ server: info.server, tool: info.tool }),
      };
      this.#perTool.set(key, series);
    }
    this.calls.inc(info.isError ? series.error : series.ok);
    this.callSeconds.observe(series.seconds, info.seconds);
  };
}

/**
 * Times every request of the server by route and status. Wrapped with fastify-plugin: the hook is
 * for every route, not only the ones registered inside this plugin.
 */
export const requestMetrics = fp(async function requestMetrics(app: FastifyInstance, options: { metrics: FleetMetrics }) {
  const { metrics } = options;
  // A callback hook and cached label children: this runs on every request of a rollout fleet.
  const perRoute = new Map<string, Series>();
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    // Prometheus's own scrapes would otherwise be most of what the latency histogram counts.
    if (route === METRICS_PATH) return done();
    const key = `${request.method} ${route} ${reply.statusCode}`;
    let series = perRoute.get(key);
    if (!series) {
      series = metrics.requestSeconds.series({ method: request.method, route, status: String(reply.statusCode) });
      perRoute.set(key, series);
    }
    metrics.requestSeconds.observe(series, reply.elapsedTime / 1000);
    done();
  });
});

/** `GET /metrics`, in Prometheus's text format, behind the same access checks as the API. */
export async function metricsRoute(app: FastifyInstance, options: { metrics: FleetMetrics; access: AccessOptions }): Promise<void> {
  const { metrics } = options;
  await app.register(accessGuard, options.access);
  app.get(METRICS_PATH, async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
