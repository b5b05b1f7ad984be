// What the MCP SDK client actually sends for one tools/call, captured from a real client through
// its `fetch` option. The figure replays these bytes with autocannon: the load is exactly a real
// client's request, without measuring the client's own cost.
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';

/**
 * Connects an SDK client that negotiates its protocol version (`mode: 'auto'`), makes one call and
 * returns the HTTP request of that call. Throws unless the client settled on the per-request
 * (2026-07-28) era: a 2025 session's requests cannot be replayed on other connections.
 */
export async function captureToolCall(url, call) {
  const sent = [];
  const recordingFetch = (input, init = {}) => {
    sent.push({ method: init.method ?? 'GET', headers: Object.fromEntries(new Headers(init.headers).entries()), body: init.body });
    return fetch(input, init);
  };
  const client = new Client({ name: 'envfleet-bench', version: '1.0.0' }, { versionNegotiation: { mode: 'auto' } });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { fetch: recordingFetch }));
  try {
    const era = client.getProtocolEra();
    if (era !== 'modern')
      throw new Error(`bench: the SDK client fell back to the ${era} era at ${url}; per-request replay needs the modern one`);
    const before = sent.length;
    const result = await client.callTool(call);
    if (result.isError) throw new Error(`bench: ${call.name} failed over MCP at ${url}: ${JSON.stringify(result.content)}`);
    const calls = sent.slice(before).filter((request) => request.method === 'POST' && String(request.body).includes('"tools/call"'));
    if (calls.length !== 1) throw new Error(`bench: expected one tools/call POST from the client, saw ${calls.length}`);
    const [request] = calls;
    if (typeof request.body !== 'string') throw new Error('bench: the client sent a body that is not a string; cannot replay it');
    return { headers: request.headers, body: request.body, era, postsPerCall: sent.length - before };
  } finally {
    await client.close();
  }
}
