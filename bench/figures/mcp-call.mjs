// Tool calls/s through an episode's MCP endpoint beside the MCP SDK's own minimal server with one
// tool: same captured client request, same load generator, same concurrency.
import { postJson, resetEpisodes, warmUp } from '../lib/http-json.mjs';
import { load } from '../lib/load.mjs';
import { captureToolCall } from '../lib/mcp-capture.mjs';
import { metric } from '../lib/metrics.mjs';
import { startServer } from '../lib/processes.mjs';
import { RESET_DEMO, READ_CALL } from '../lib/retail-workload.mjs';
import { alternate, loadPlan } from '../lib/rounds.mjs';

const CONNECTIONS = 64;

export async function measure({ quick }) {
  const plan = loadPlan(quick);
  const [gateway, minimal] = await Promise.all([startServer('gateway.mjs'), startServer('sdk-minimal.mjs')]);
  try {
    const episodes = await resetEpisodes(gateway.url, CONNECTIONS, RESET_DEMO);
    const mcpPath = (episodeId) => `/v1/episodes/${episodeId}/mcp`;
    const ours = await captureToolCall(`${gateway.url}${mcpPath(episodes[0].episodeId)}`, READ_CALL);
    const theirs = await captureToolCall(`${minimal.url}/mcp`, { name: 'get_order_details', arguments: READ_CALL.arguments });
    // The replayed bytes must still succeed (they carry a fixed JSON-RPC id, fine per request).
    for (const [url, request] of [
      [`${gateway.url}${mcpPath(episodes[1].episodeId)}`, ours],
      [`${minimal.url}/mcp`, theirs],
    ]) {
      const answer = await postJson(url, request.body, request.headers);
      if (!answer?.result || answer.result.isError)
        throw new Error(`bench: replayed tools/call did not succeed at ${url}: ${JSON.stringify(answer).slice(0, 300)}`);
      await warmUp(url, request.body, request.headers);
    }

    const ourLoad = (seconds) =>
      load({
        url: gateway.url,
        path: mcpPath(episodes[0].episodeId),
        connections: CONNECTIONS,
        seconds,
        headers: ours.headers,
        body: ours.body,
        server: gateway,
        perConnection: (i) => ({
          method: 'POST',
          path: mcpPath(episodes[i % episodes.length].episodeId),
          headers: ours.headers,
          body: ours.body,
        }),
      });
    const theirLoad = (seconds) =>
      load({
        url: minimal.url,
        path: '/mcp',
        connections: CONNECTIONS,
        seconds,
        headers: theirs.headers,
        body: theirs.body,
        server: minimal,
      });
    const compared = await alternate({ subject: ourLoad, baseline: theirLoad, plan });

    const under = `${CONNECTIONS} connections, ${plan.rounds} × ${plan.seconds} s`;
    return {
      mcpCallVsSdkMinimal: metric(
        compared.ratio,
        'ratio',
        `tools/call per second through /v1/episodes/{id}/mcp (Retail-get_order_details, ${CONNECTIONS} episodes) ÷ the SDK v2 minimal server with one tool (createMcpHandler + toNodeHandler on fastify); both replay the SDK client's own ${ours.era}-era request (one POST per call), ${under}, median of per-round ratios [${compared.ratios.map((r) => r.toFixed(3)).join(', ')}]`,
        { atLeast: 1.0, baseline: 'sdkMinimalCallsPerSecond' },
      ),
      mcpCallsPerSecond: metric(
        compared.subject.requestsPerSecond,
        'calls/s',
        `tools/call through the episode MCP endpoint, ${under} (median round)`,
      ),
      sdkMinimalCallsPerSecond: metric(
        compared.baseline.requestsPerSecond,
        'calls/s',
        `tools/call on the SDK's minimal one-tool server, ${under} (median round)`,
      ),
      mcpCallCpuMicros: metric(
        compared.subject.cpuMicrosPerRequest,
        'µs',
        'CPU time of the gateway process per MCP tools/call, all timed rounds',
      ),
      sdkMinimalCpuMicros: metric(
        compared.baseline.cpuMicrosPerRequest,
        'µs',
        'CPU time of the SDK minimal server per tools/call, all timed rounds',
      ),
      mcpCallVsSdkMinimalCpu: metric(
        compared.baseline.cpuMicrosPerRequest / compared.subject.cpuMicrosPerRequest,
        'ratio',
        'SDK minimal CPU µs per call ÷ ours: mcpCallVsSdkMinimal in server CPU time instead of throughput (no goal; a cross-check on a busy machine)',
      ),
      mcpCallMillisP50Loaded: metric(
        compared.subject.latencyP50Ms,
        'ms',
        `episode MCP tools/call latency under ${CONNECTIONS} connections, median`,
      ),
      mcpCallMillisP99Loaded: metric(
        compared.subject.latencyP99Ms,
        'ms',
        `episode MCP tools/call latency under ${CONNECTIONS} connections, 99th percentile`,
      ),
    };
  } finally {
    await Promise.all([gateway.stop(), minimal.stop()]);
  }
}
