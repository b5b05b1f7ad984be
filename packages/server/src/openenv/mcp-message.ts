import { fastmcpContent } from '../envfactory/fastmcp-content.js';
import { OpenEnvError } from './openenv-error.js';
import type { OpenEnvSession } from './openenv-session.js';

type RpcId = string | number | null;

/**
 * `{type: "mcp", data: <JSON-RPC request>}` on `/ws`: OpenEnv's direct MCP path beside `step`
 * (`http_server.py`'s `mcp_handler`), for `tools/list` and `tools/call` on the session's episode.
 * It answers `{type: "mcp", data: <JSON-RPC response>}`; a failure is a JSON-RPC error, never a
 * dropped socket.
 */
export async function answerMcpMessage(session: OpenEnvSession, data: Record<string, unknown>) {
  const id = isRpcId(data.id) ? data.id : null;
  const reply = (body: Record<string, unknown>) => ({ type: 'mcp' as const, data: { jsonrpc: '2.0', id, ...body } });
  const fail = (code: number, message: string) => reply({ error: { code, message, data: null } });
  if (data.jsonrpc !== '2.0' || typeof data.method !== 'string') {
    return fail(-32600, 'Invalid request: a JSON-RPC 2.0 request has jsonrpc "2.0" and a method');
  }
  const params = data.params ?? {};
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return fail(-32602, 'Invalid params: params is an object');
  const { name, arguments: args = {} } = params as { name?: unknown; arguments?: unknown };
  switch (data.method) {
    case 'tools/list':
      return reply({
        result: {
          tools: session.tools().map((tool) => ({ name: tool.name, description: tool.description, inputSchema: tool.input_schema })),
        },
      });
    case 'tools/call': {
      if (typeof name !== 'string' || name === '') return fail(-32602, 'Invalid params: name the tool to call (params.name)');
      if (typeof args !== 'object' || args === null || Array.isArray(args)) return fail(-32602, 'Invalid params: arguments is an object');
      try {
        const called = await session.callTool(name, args as Record<string, unknown>);
        return reply({ result: { content: fastmcpContent(called.content), isError: called.isError } });
      } catch (error) {
        if (error instanceof OpenEnvError) return fail(-32000, error.message);
        throw error;
      }
    }
    default:
      return fail(-32601, `Method not found: ${data.method} (this endpoint answers tools/list and tools/call)`);
  }
}

function isRpcId(value: unknown): value is RpcId {
  return typeof value === 'string' || typeof value === 'number' || value === null;
}
