import { responses } from '@envfleet/contract';
import type { z } from 'zod';
import { nemoGymPaths } from './nemo-gym-paths.js';
import { accessRefusals, problemResponse, statusLabel } from './responses.js';

type Schema = (schema: z.ZodType, io: 'input' | 'output') => Record<string, unknown>;

/** Where private MCP sandboxes are served: `/mcp` alone (one environment) or `/mcp/{server}` (the gateway). */
export type PrivateMcp = 'single' | 'per-server';

const serverParameter = {
  name: 'server',
  in: 'path',
  required: true,
  description: 'A server name, as GET /v1/environments lists them.',
  schema: { type: 'string', examples: ['Calendar'] },
};
const episodeParameter = {
  name: 'episodeId',
  in: 'path',
  required: true,
  description: 'The episodeId a reset answered.',
  schema: { type: 'string', examples: ['ep_0123456789abcdef0123456789abcdef'] },
};

/** One JSON-RPC message of MCP Streamable HTTP: described, not modelled (the MCP specification is). */
const jsonRpcMessage = {
  type: 'object',
  description: 'A JSON-RPC 2.0 message of the Model Context Protocol (initialize, tools/list, tools/call, …).',
  required: ['jsonrpc'],
  properties: { jsonrpc: { const: '2.0' }, id: { type: ['string', 'integer'] }, method: { type: 'string' }, params: { type: 'object' } },
  examples: [{ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }],
};

/** POST, GET and DELETE of one MCP endpoint (Streamable HTTP), each its own operation. */
function mcpEndpoint(id: string, summary: string, parameters: object[], unknown?: string) {
  const common = {
    tags: ['MCP'],
    ...(parameters.length ? { parameters } : {}),
  };
  const refusals = { ...accessRefusals(), ...(unknown ? { 404: problemResponse(404, unknown) } : {}) };
  return {
    post: {
      ...common,
      operationId: `${id}Post`,
      summary: `${summary}: send a JSON-RPC message`,
      description: 'Starts a session with `initialize`, then sends requests with its `Mcp-Session-Id` header.',
      requestBody: { required: true, content: { 'application/json': { schema: jsonRpcMessage } } },
      responses: {
        200: {
          description: statusLabel(200, 'the JSON-RPC answer, as JSON or as a server-sent event stream'),
          content: { 'application/json': { schema: jsonRpcMessage }, 'text/event-stream': { schema: { type: 'string' } } },
        },
        202: { description: statusLabel(202, 'a notification or a response, taken') },
        400: {
          description: statusLabel(400, 'not a JSON-RPC message this endpoint takes (a sessionless request where sessions are needed)'),
        },
        406: { description: statusLabel(406, 'the Accept header does not take both application/json and text/event-stream') },
        ...refusals,
        507: problemResponse(507, 'The server holds all the MCP sessions (ENVFLEET_MAX_MCP_SESSIONS) or episodes it is set to'),
      },
    },
    get: {
      ...common,
      operationId: `${id}Get`,
      summary: `${summary}: open the session's event stream`,
      responses: {
        200: {
          description: statusLabel(200, "the session's server-sent events"),
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
        ...refusals,
      },
    },
    delete: {
      ...common,
      operationId: `${id}Delete`,
      summary: `${summary}: end the session`,
      responses: { 200: { description: statusLabel(200, 'the session is closed') }, ...refusals },
    },
  };
}

/** The routes beside the v1 API: health, metrics, these docs and the MCP endpoints. */
export function operationalPaths(toSchema: Schema, privateMcp: PrivateMcp) {
  const open = { security: [] as object[] };
  // The probes refuse nothing themselves; what any route can be answered before routing remains.
  const unread = { 431: problemResponse(431, 'The request line and headers are larger than the server reads') };
  const sandbox = 'A private sandbox: each MCP session its own episode from the demo preset, bare tool names';
  const unknownServer = 'An unknown server; the answer names the ones there are';
  return {
    '/healthz': {
      get: {
        ...open,
        tags: ['Operations'],
        operationId: 'health',
        summary: 'Liveness: the process answers (any Host, no token)',
        responses: {
          200: { description: statusLabel(200), content: { 'application/json': { schema: toSchema(responses.health, 'output') } } },
          ...unread,
        },
      },
    },
    '/readyz': {
      get: {
        ...open,
        tags: ['Operations'],
        operationId: 'ready',
        summary: 'Readiness: the store answers (any Host, no token)',
        responses: {
          200: { description: statusLabel(200), content: { 'application/json': { schema: toSchema(responses.ready, 'output') } } },
          ...unread,
          503: problemResponse(503, 'The store (Redis) does not answer'),
        },
      },
    },
    '/metrics': {
      get: {
        tags: ['Operations'],
        operationId: 'metrics',
        summary: "Prometheus metrics: tool calls, resets, steps, request latency, and the process's own",
        responses: {
          200: { description: statusLabel(200, 'the Prometheus text format'), content: { 'text/plain': { schema: { type: 'string' } } } },
          ...accessRefusals(),
        },
      },
    },
    '/docs': {
      get: {
        tags: ['Operations'],
        operationId: 'docsPage',
        summary: 'This document as a page',
        responses: {
          200: { description: statusLabel(200), content: { 'text/html': { schema: { type: 'string' } } } },
          ...accessRefusals(),
        },
      },
    },
    '/docs/openapi.json': {
      get: {
        tags: ['Operations'],
        operationId: 'openApiDocument',
        summary: 'This document',
        responses: {
          200: { description: statusLabel(200), content: { 'application/json': { schema: { type: 'object' } } } },
          ...accessRefusals(),
        },
      },
    },
    '/v1/episodes/{episodeId}/mcp': mcpEndpoint(
      'episodeMcp',
      "The episode's own MCP endpoint (the reset's mcpUrl): its tools as `Server-tool`, shared with the HTTP API",
      [episodeParameter],
      'No episode with this id',
    ),
    ...(privateMcp === 'single'
      ? { '/mcp': mcpEndpoint('sandboxMcp', sandbox, []) }
      : {
          '/mcp/{server}/mcp': mcpEndpoint('sandboxMcp', `${sandbox} (the URL the MCP Inspector takes)`, [serverParameter], unknownServer),
          '/mcp/{server}': mcpEndpoint('sandboxMcpShort', `${sandbox} (the same as …/mcp)`, [serverParameter], unknownServer),
        }),
    '/envfactory/{server}/mcp': mcpEndpoint(
      'envfactoryMcp',
      "EnvFactory's reference server: each session a fresh episode, with load_scenario and save_scenario",
      [serverParameter],
      unknownServer,
    ),
    ...nemoGymPaths(),
  };
}
