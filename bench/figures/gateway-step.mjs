// Gateway step throughput beside a bare fastify JSON echo route, both in their own processes and
// loaded by autocannon from this one; then single-connection latencies of the v1 API routes.
import { httpEpisodes } from '../lib/http-episode.mjs';
import { postJson, resetEpisodes, warmUp } from '../lib/http-json.mjs';
import { load } from '../lib/load.mjs';
import { metric } from '../lib/metrics.mjs';
import { startServer } from '../lib/processes.mjs';
import { RESET_DEMO, READ_CALL } from '../lib/retail-workload.mjs';
import { alternate, loadPlan } from '../lib/rounds.mjs';

const CONNECTIONS = 64;
const STEP_BODY = JSON.stringify({ calls: [READ_CALL] });

export async function measure({ quick }) {
  const plan = loadPlan(quick);
  const [gateway, echo] = await Promise.all([startServer('gateway.mjs'), startServer('echo.mjs')]);
  try {
    // One episode per connection, as each rollout worker drives its own episode.
    const episodes = await resetEpisodes(gateway.url, CONNECTIONS, RESET_DEMO);
    const stepPath = (episodeId) => `/v1/episodes/${episodeId}/step`;
    const sample = await postJson(`${gateway.url}${stepPath(episodes[0].episodeId)}`, STEP_BODY);
    if (sample.results?.[0]?.isError !== false) throw new Error(`bench: the step under load fails: ${JSON.stringify(sample)}`);
    await postJson(`${echo.url}/echo`, STEP_BODY);
    await warmUp(`${gateway.url}${stepPath(episodes[0].episodeId)}`, STEP_BODY);
    await warmUp(`${echo.url}/echo`, STEP_BODY);

    const stepLoad = (seconds) =>
      load({
        url: gateway.url,
        path: stepPath(episodes[0].episodeId),
        connections: CONNECTIONS,
        seconds,
        body: STEP_BODY,
        perConnection: (i) => ({ method: 'POST', path: stepPath(episodes[i % episodes.length].episodeId), body: STEP_BODY }),
        server: gateway,
      });
    const echoLoad = (seconds) => load({ url: echo.url, path: '/echo', connections: CONNECTIONS, seconds, body: STEP_BODY, server: echo });
    const compared = await alternate({ subject: stepLoad, baseline: echoLoad, plan });

    const single = await singleConnectionLatencies(gateway.url, plan);
    const wholeEpisodes = await httpEpisodes(gateway.url, echo.url, quick ? { count: 30, warmup: 10 } : { count: 400, warmup: 100 });
    const under = `${CONNECTIONS} connections, ${plan.rounds} × ${plan.seconds} s`;
    return {
      gatewayStepVsEcho: metric(
        compared.ratio,
        'ratio',
        `gateway steps/s (Retail-get_order_details, ${CONNECTIONS} episodes, one per connection) ÷ bare fastify JSON echo requests/s, same body, ${under}, median of per-round ratios [${compared.ratios.map((r) => r.toFixed(3)).join(', ')}]`,
        { atLeast: 0.7, baseline: 'echoRequestsPerSecond' },
      ),
      httpStepsPerSecond: metric(
        compared.subject.requestsPerSecond,
        'steps/s',
        `gateway step throughput over HTTP, ${under} (median round)`,
      ),
      echoRequestsPerSecond: metric(compared.baseline.requestsPerSecond, 'req/s', `bare fastify JSON echo, ${under} (median round)`),
      httpStepsPerSecondPerCore: metric(
        1e6 / compared.subject.cpuMicrosPerRequest,
        'steps/s',
        'gateway steps over HTTP per CPU-second of the gateway process (user + system), under the load above',
      ),
      httpStepCpuMicros: metric(
        compared.subject.cpuMicrosPerRequest,
        'µs',
        'CPU time of the gateway process per step over HTTP, all timed rounds (the cost behind the throughput, whatever else runs on the machine)',
      ),
      echoCpuMicros: metric(compared.baseline.cpuMicrosPerRequest, 'µs', 'CPU time of the echo process per request, all timed rounds'),
      gatewayStepVsEchoCpu: metric(
        compared.baseline.cpuMicrosPerRequest / compared.subject.cpuMicrosPerRequest,
        'ratio',
        'echo CPU µs per request ÷ gateway CPU µs per step: gatewayStepVsEcho in server CPU time instead of throughput (no goal; a cross-check on a busy machine)',
      ),
      httpStepMillisP50Loaded: metric(
        compared.subject.latencyP50Ms,
        'ms',
        `step latency over HTTP under ${CONNECTIONS} connections, median`,
      ),
      httpStepMillisP99Loaded: metric(
        compared.subject.latencyP99Ms,
        'ms',
        `step latency over HTTP under ${CONNECTIONS} connections, 99th percentile`,
      ),
      httpEpisodeMillis: metric(
        wholeEpisodes.episodeMillis,
        'ms',
        `one client's whole Retail episode over HTTP on one keep-alive connection: reset, the 10 calls of the rollout, close; median of ${wholeEpisodes.count}`,
        { atMost: 2, baseline: 'httpEchoSequenceMillis' },
      ),
      httpEchoSequenceMillis: metric(
        wholeEpisodes.echoMillis,
        'ms',
        `the same 12 requests (same bodies) to the bare fastify echo, one connection, alternated with the episodes; median of ${wholeEpisodes.count}`,
      ),
      ...single,
    };
  } finally {
    await Promise.all([gateway.stop(), echo.stop()]);
  }
}

/**
 * One connection, one request at a time: the latency a single rollout worker sees per route. Each
 * route gets a fresh episode, so that no route pays for another's history (a snapshot copies the
 * trajectory, see fork-growth); reset runs last, as every reset leaves an episode behind.
 */
async function singleConnectionLatencies(base, plan) {
  const fresh = async () => (await postJson(`${base}/v1/episodes`, RESET_DEMO)).episodeId;
  const [stepEpisode, snapshotEpisode, restoreEpisode] = [await fresh(), await fresh(), await fresh()];
  const { snapshotId } = await postJson(`${base}/v1/episodes/${restoreEpisode}/snapshots`, {});
  const routes = [
    ['step', `/v1/episodes/${stepEpisode}/step`, STEP_BODY],
    ['snapshot', `/v1/episodes/${snapshotEpisode}/snapshots`, '{}'],
    ['restore', `/v1/episodes/${restoreEpisode}/restore`, JSON.stringify({ snapshotId })],
    ['reset', '/v1/episodes', JSON.stringify(RESET_DEMO)],
  ];
  const metrics = {};
  for (const [name, path, body] of routes) {
    if (plan.singleWarmupSeconds > 0) await load({ url: base, path, connections: 1, seconds: plan.singleWarmupSeconds, body });
    const run = await load({ url: base, path, connections: 1, seconds: plan.singleSeconds, body });
    const what = `${name} over HTTP (POST ${path.replace(/ep_\w+/, '{id}')}), one connection`;
    metrics[`http${capitalised(name)}MillisP50`] = metric(run.latencyP50Ms, 'ms', `${what}, median of ${run.requests}`);
    metrics[`http${capitalised(name)}MillisP99`] = metric(run.latencyP99Ms, 'ms', `${what}, 99th percentile of ${run.requests}`);
  }
  return metrics;
}

const capitalised = (word) => word[0].toUpperCase() + word.slice(1);
