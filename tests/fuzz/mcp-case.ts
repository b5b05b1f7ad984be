import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { type GatewayUnderTest, request } from './gateway-under-test.js';
import type { EnvironmentFacts, StepCase } from './generate/cases.js';
import { type Measured, openEpisode, readState } from './http-case.js';
import { jsonText } from './json-text.js';
import { isRefusalStatus } from './outcome.js';

// The SDK client serialises with JSON.stringify, which overflows on deeper values; those reach
// the server through the HTTP pass instead.
const MAX_SENDABLE_DEPTH = 500;
// Node's default limit on a request's headers (--max-http-header-size).
const MAX_HEADER_BYTES = 16 * 1024;

/** Whether the SDK client can send this call at all (its arguments must be an object). */
export function sendableOverMcp(fuzzCase: StepCase): boolean {
  const args = fuzzCase.call.arguments;
  return args !== null && typeof args === 'object' && !Array.isArray(args) && depthOf(args) <= MAX_SENDABLE_DEPTH;
}

/**
 * One case as an agent sends it: an MCP SDK v2 client on the episode's own URL (`mcpUrl`), one
 * `tools/call`. No HTTP 5xx under the transport, no internal-error answer, and a failed call
 * leaves the episode's state as it was.
 */
export async function runOverMcp(
  gateway: GatewayUnderTest,
  facts: EnvironmentFacts,
  fuzzCase: StepCase,
  timeoutMs: number,
): Promise<Measured> {
  const violations: string[] = [];
  const episode = await openEpisode(gateway, facts, timeoutMs);
  const path = `/v1/episodes/${episode.episodeId}`;
  const serverErrors: string[] = [];
  let lastStatus = 0;
  const watchingFetch = async (input: string | URL | Request, init?: RequestInit) => {
    const response = await fetch(input, init);
    lastStatus = response.status;
    if (response.status >= 500 && !isRefusalStatus(response.status)) serverErrors.push(`HTTP ${response.status} under the MCP transport`);
    return response;
  };
  const client = new Client({ name: 'envfleet-fuzz', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' } });
  try {
    if (fuzzCase.setup) await request(gateway.url, 'POST', `${path}/step`, jsonText({ calls: [fuzzCase.setup] }), timeoutMs);
    const before = await readState(gateway, path, timeoutMs);
    await client.connect(new StreamableHTTPClientTransport(new URL(episode.mcpUrl), { fetch: watchingFetch }));
    lastStatus = 0;
    const started = performance.now();
    let answer: Measured['answer'];
    let detail: string | undefined;
    try {
      const result = await client.callTool(
        { name: fuzzCase.call.name, arguments: fuzzCase.call.arguments as Record<string, unknown> },
        { timeout: timeoutMs },
      );
      const text = (result.content as { type: string; text?: string }[] | undefined)?.find((part) => part.type === 'text')?.text ?? '';
      answer = result.isError ? 'tool-error' : 'ok';
      if (result.isError) detail = text.slice(0, 200);
      if (result.isError && /could not be run/.test(text)) violations.push(`the call failed unexpectedly: "${text.slice(0, 200)}"`);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      const message = error instanceof Error ? error.message : String(error);
      // A JSON-RPC error other than "internal error", or an HTTP refusal (a name too long for the
      // header the client mirrors it into: 431), is an answer. An internal error, or no answer at
      // all (a timeout, a dropped connection), is the server failing.
      const refusedOverHttp = typeof code !== 'number' && isRefusalStatus(lastStatus);
      // The client mirrors the tool name into an `Mcp-Name` header: past the server's header limit
      // the answer is 431, or, for a name of megabytes, the connection closed before it is sent.
      const headerRefused =
        typeof code !== 'number' && lastStatus === 0 && fuzzCase.call.name.length > MAX_HEADER_BYTES && !gateway.exitReason();
      if (headerRefused) {
        answer = 'refused';
        detail = `the ${fuzzCase.call.name.length}-character name cannot travel in the Mcp-Name header (${message.slice(0, 100)})`;
      } else if (!refusedOverHttp && (typeof code !== 'number' || code === -32603)) {
        violations.push(`tools/call failed: ${message.slice(0, 300)}`);
        return { millis: performance.now() - started, answer: 'none', violations: [...violations, ...serverErrors] };
      } else {
        answer = 'refused';
        detail = refusedOverHttp ? `HTTP ${lastStatus} ${message.slice(0, 200)}` : `JSON-RPC ${code} ${message.slice(0, 200)}`;
      }
    }
    const millis = performance.now() - started;
    violations.push(...serverErrors);
    const after = await readState(gateway, path, timeoutMs);
    if (answer !== 'ok' && after.state !== before.state)
      violations.push(`a ${answer === 'refused' ? 'refused' : 'failed'} MCP call changed GET …/state`);
    const trajectory = await request(gateway.url, 'GET', `${path}/trajectory`, undefined, timeoutMs);
    if (trajectory.status !== 200) violations.push(`GET …/trajectory answers ${trajectory.status} after the call`);
    return { millis, answer, ...(detail !== undefined ? { detail } : {}), violations };
  } finally {
    await client.close().catch(() => undefined);
    const closed = await request(gateway.url, 'DELETE', path, undefined, timeoutMs).catch(() => undefined);
    if (closed && closed.status !== 200) violations.push(`DELETE of the episode answered ${closed.status}`);
  }
}

/** Nesting depth of a JSON value, counted without recursion and given up past the limit. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_SENDABLE_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}
