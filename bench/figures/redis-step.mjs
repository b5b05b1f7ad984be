// The same step load as gateway-step, on a gateway whose episodes live in Redis, beside a gateway
// that keeps them in memory: what sharing episodes across replicas costs per step.
import { postJson, resetEpisodes, warmUp } from '../lib/http-json.mjs';
import { load } from '../lib/load.mjs';
import { metric } from '../lib/metrics.mjs';
import { startServer } from '../lib/processes.mjs';
import { RESET_DEMO, READ_CALL, WRITE_CALL } from '../lib/retail-workload.mjs';
import { alternate, loadPlan } from '../lib/rounds.mjs';

const CONNECTIONS = 64;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function measure({ quick }) {
  const plan = loadPlan(quick);
  const [redis, memory] = await Promise.all([
    startServer('gateway.mjs', { role: 'gateway-redis', args: ['--redis', REDIS_URL] }),
    startServer('gateway.mjs', { role: 'gateway-memory' }),
  ]);
  try {
    const stepLoad = async (server, call) => {
      const body = JSON.stringify({ calls: [call] });
      const episodes = await resetEpisodes(server.url, CONNECTIONS, RESET_DEMO);
      const path = (i) => `/v1/episodes/${episodes[i % episodes.length].episodeId}/step`;
      const sample = await postJson(`${server.url}${path(0)}`, body);
      if (sample.results?.[0]?.isError !== false) throw new Error(`bench: the step under load fails: ${JSON.stringify(sample)}`);
      await warmUp(`${server.url}${path(0)}`, body);
      return (seconds) =>
        load({
          url: server.url,
          path: path(0),
          connections: CONNECTIONS,
          seconds,
          body,
          perConnection: (i) => ({ method: 'POST', path: path(i), body }),
          server,
        });
    };
    const read = await alternate({ subject: await stepLoad(redis, READ_CALL), baseline: await stepLoad(memory, READ_CALL), plan });
    const write = await alternate({ subject: await stepLoad(redis, WRITE_CALL), baseline: await stepLoad(memory, WRITE_CALL), plan });

    const single = async (call) => {
      const body = JSON.stringify({ calls: [call] });
      const { episodeId } = await postJson(`${redis.url}/v1/episodes`, RESET_DEMO);
      const path = `/v1/episodes/${episodeId}/step`;
      if (plan.singleWarmupSeconds > 0) await load({ url: redis.url, path, connections: 1, seconds: plan.singleWarmupSeconds, body });
      return load({ url: redis.url, path, connections: 1, seconds: plan.singleSeconds, body });
    };
    const [singleRead, singleWrite] = [await single(READ_CALL), await single(WRITE_CALL)];
    const under = `${CONNECTIONS} connections, ${plan.rounds} × ${plan.seconds} s`;
    return {
      redisStepVsMemory: metric(
        read.ratio,
        'ratio',
        `read-tool steps/s with Redis ÷ with the memory store, ${under}, median of per-round ratios`,
        { baseline: 'memoryStepsPerSecond' },
      ),
      redisWriteStepVsMemory: metric(
        write.ratio,
        'ratio',
        `writing steps/s with Redis ÷ with the memory store, ${under}, median of per-round ratios`,
        { baseline: 'memoryWriteStepsPerSecond' },
      ),
      memoryStepsPerSecond: metric(read.baseline.requestsPerSecond, 'steps/s', `gateway, memory store, read tool, ${under} (median round)`),
      memoryWriteStepsPerSecond: metric(
        write.baseline.requestsPerSecond,
        'steps/s',
        `gateway, memory store, writing tool, ${under} (median round)`,
      ),
      redisWriteStepMillisP50Loaded: metric(
        write.subject.latencyP50Ms,
        'ms',
        `writing step latency with Redis under ${CONNECTIONS} connections, median`,
        { baseline: 'memoryWriteStepMillisP50Loaded' },
      ),
      redisWriteStepMillisP99Loaded: metric(
        write.subject.latencyP99Ms,
        'ms',
        `writing step latency with Redis under ${CONNECTIONS} connections, 99th percentile`,
        { baseline: 'memoryWriteStepMillisP99Loaded' },
      ),
      memoryWriteStepMillisP50Loaded: metric(
        write.baseline.latencyP50Ms,
        'ms',
        `writing step latency with the memory store under ${CONNECTIONS} connections, median`,
      ),
      memoryWriteStepMillisP99Loaded: metric(
        write.baseline.latencyP99Ms,
        'ms',
        `writing step latency with the memory store under ${CONNECTIONS} connections, 99th percentile`,
      ),
      redisStepsPerSecond: metric(read.subject.requestsPerSecond, 'steps/s', `gateway over Redis, read tool, ${under} (median round)`),
      redisWriteStepsPerSecond: metric(
        write.subject.requestsPerSecond,
        'steps/s',
        `gateway over Redis, writing tool, ${under} (median round)`,
      ),
      redisStepMillisP50Loaded: metric(read.subject.latencyP50Ms, 'ms', `step latency with Redis under ${CONNECTIONS} connections, median`),
      redisStepMillisP99Loaded: metric(
        read.subject.latencyP99Ms,
        'ms',
        `step latency with Redis under ${CONNECTIONS} connections, 99th percentile`,
      ),
      redisStepMillisP50: metric(singleRead.latencyP50Ms, 'ms', `read step with Redis, one connection, median of ${singleRead.requests}`),
      redisStepMillisP99: metric(
        singleRead.latencyP99Ms,
        'ms',
        `read step with Redis, one connection, 99th percentile of ${singleRead.requests}`,
      ),
      redisWriteStepMillisP50: metric(
        singleWrite.latencyP50Ms,
        'ms',
        `writing step with Redis, one connection, median of ${singleWrite.requests}`,
      ),
      redisWriteStepMillisP99: metric(
        singleWrite.latencyP99Ms,
        'ms',
        `writing step with Redis, one connection, 99th percentile of ${singleWrite.requests}`,
      ),
    };
  } finally {
    await Promise.all([redis.stop(), memory.stop()]);
  }
}
