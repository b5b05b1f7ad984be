// autocannon, run from the figure's process (never inside the server it loads), quiet, and
// strict: a run that got errors or non-2xx answers measured something else, so it throws.
import autocannon from 'autocannon';
import { percentile } from './stats.mjs';

/**
 * Loads one target. `perConnection(index)` may give each connection its own request (its own
 * episode), as rollout workers each drive their own episode. Given the `server` handle
 * (startServer), the result also has the CPU seconds that server spent during the run.
 */
export async function load({ url, path, connections, seconds, headers = {}, body, perConnection, server }) {
  const cpuBefore = server ? await server.cpuSeconds() : 0;
  let next = 0;
  const instance = autocannon({
    url: `${url}${path}`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    body,
    timeout: 10,
    // setRequests, not setRequest: the iterator returns to its requests list after each request.
    ...(perConnection ? { setupClient: (client) => client.setRequests([perConnection(next++)]) } : {}),
  });
  // autocannon's own histogram keeps whole milliseconds; single requests here take less than one,
  // so latencies are taken from each response (hrtime-based, in ms) instead.
  const latencies = [];
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode < 300) latencies.push(ms);
  });
  const result = await instance;
  const cpuSeconds = server ? (await server.cpuSeconds()) - cpuBefore : undefined;
  const answered = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || answered === 0) {
    throw new Error(
      `bench: loading ${path} got ${answered} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    requestsPerSecond: answered / result.duration,
    latencyP50Ms: percentile(latencies, 50),
    latencyP99Ms: percentile(latencies, 99),
    requests: answered,
    seconds: result.duration,
    cpuSeconds,
  };
}
