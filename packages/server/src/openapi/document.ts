import { z } from 'zod';
import type { OperationObject } from './page.js';
import { problem, requests, responses } from './schemas.js';

type Operation = {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  request?: z.ZodType;
  response: z.ZodType;
  status?: number;
  /** Refusals by a limit (docs/limits.md), by status. */
  limits?: Record<number, string>;
};

const EPISODE_LIMIT =
  'The server holds as many live episodes (ENVFLEET_MAX_EPISODES) or state bytes (ENVFLEET_MAX_TOTAL_STATE_BYTES) as it is set to';

const OPERATIONS: Operation[] = [
  { method: 'get', path: '/v1/environments', summary: 'List environments with their tools', response: responses.environments },
  {
    method: 'get',
    path: '/v1/environments/{name}',
    summary: 'Describe one environment, with its default scenario',
    response: responses.environment,
  },
  {
    method: 'post',
    path: '/v1/episodes',
    summary: 'Reset: start an episode over one or more servers',
    request: requests.reset,
    response: responses.reset,
    status: 201,
    limits: {
      413: "The scenario is larger than one episode's states may be (ENVFLEET_MAX_STATE_BYTES), or than the body limit",
      507: EPISODE_LIMIT,
    },
  },
  {
    method: 'post',
    path: '/v1/episodes/{episodeId}/step',
    summary: "Run a turn's tool calls in order",
    request: requests.step,
    response: responses.step,
    limits: {
      413: "A call's arguments are larger than ENVFLEET_MAX_ARGUMENT_BYTES, or the body than the body limit",
      429: 'The episode made its last step (ENVFLEET_MAX_STEPS)',
    },
  },
  { method: 'get', path: '/v1/episodes/{episodeId}/state', summary: "Every server's saved state", response: responses.state },
  {
    method: 'get',
    path: '/v1/episodes/{episodeId}/trajectory',
    summary: 'Every call so far with its result',
    response: responses.trajectory,
  },
  {
    method: 'post',
    path: '/v1/episodes/{episodeId}/snapshots',
    summary: 'Take a snapshot (O(1))',
    response: responses.snapshot,
    status: 201,
    limits: { 429: 'The episode keeps as many snapshots as it may (ENVFLEET_MAX_SNAPSHOTS)' },
  },
  {
    method: 'post',
    path: '/v1/episodes/{episodeId}/restore',
    summary: 'Go back to a snapshot',
    request: requests.restore,
    response: responses.restore,
  },
  {
    method: 'post',
    path: '/v1/episodes/{episodeId}/fork',
    summary: 'Copy the episode count times (GRPO groups)',
    request: requests.fork,
    response: responses.fork,
    status: 201,
    limits: { 507: EPISODE_LIMIT },
  },
  {
    method: 'post',
    path: '/v1/episodes/{episodeId}/evaluate',
    summary: 'The EnvFactory reward, with a JSON Patch per server',
    request: requests.evaluate,
    response: responses.evaluate,
  },
  {
    method: 'delete',
    path: '/v1/episodes/{episodeId}',
    summary: 'Close the episode and return its final state',
    response: responses.close,
  },
  {
    method: 'post',
    path: '/v1/batch',
    summary: 'Many operations in one request, each with its own status',
    request: requests.batch,
    response: responses.batch,
  },
];

const toSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return rest;
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The OpenAPI 3.1 document of the v1 API, generated from the zod schemas the routes use. */
export function openApiDocument(info: { title: string; version: string }) {
  const paths: Record<string, Record<string, OperationObject>> = {};
  for (const operation of OPERATIONS) {
    const parameters = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[operation.path] ??= {};
    (paths[operation.path] as Record<string, unknown>)[operation.method] = {
      summary: operation.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(operation.request
        ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(operation.request, 'input') } } } }
        : {}),
      responses: {
        [String(operation.status ?? 200)]: {
          description: 'OK',
          content: { 'application/json': { schema: toSchema(operation.response, 'output') } },
        },
        ...(operation.request ? { 400: problemResponse('Invalid body (the issues are listed)') } : {}),
        ...(operation.path.includes('{') ? { 404: problemResponse('Unknown episode, environment or snapshot') } : {}),
        403: problemResponse('The Host or Origin is not one this server answers to (ENVFLEET_ALLOWED_HOSTS, ENVFLEET_PUBLIC_URL)'),
        ...Object.fromEntries(Object.entries(operation.limits ?? {}).map(([status, why]) => [status, problemResponse(why)])),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'Stateful MCP tool environments: reset, step, snapshot, fork and score episodes.' },
    paths,
    components: { schemas: { Problem: toSchema(problem, 'output') } },
  };
}
