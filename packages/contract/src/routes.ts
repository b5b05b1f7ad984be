import type { z } from 'zod';
import { batchRequest, evaluateRequest, forkRequest, resetRequest, restoreRequest, stepRequest } from './requests.js';
import { responses } from './responses.js';
import { bfclEvaluateRequest, bfclEvaluation, bfclScoreRequest } from './bfcl.js';
import { samplesRequest, samplesResult, toolGraph, toolGraphQuery } from './sampling.js';
import { tau2EvaluateRequest, tau2Evaluation } from './tau2.js';
import { importTasksRequest, MAX_TASKS_PER_REQUEST, tasksImported } from './tasks.js';
import { toolsInFormat, toolsQuery } from './tool-formats.js';

/** Every route of the v1 API is under this prefix (the paths below are relative to it). */
export const API_PREFIX = '/v1';

/** One route of the v1 API, as data: the server registers it, the OpenAPI document describes it. */
export interface RouteSpec {
  method: 'GET' | 'POST' | 'DELETE';
  /** Relative to API_PREFIX, parameters written `{name}` as in OpenAPI. */
  path: string;
  summary: string;
  request?: z.ZodType;
  /** Its query parameters, an object of optional fields. */
  query?: z.ZodType;
  response: z.ZodType;
  /** The status of a success (default 200). */
  status?: number;
  /** Refusals by a limit (docs/limits.md), by status, and why. */
  limits?: Record<number, string>;
  /** What a 404 of this route means (an unknown episode, server, snapshot); none: it answers no 404. */
  notFound?: string;
  /** Written with a compare-and-set: a writer on another replica can make it answer 409 (retry it). */
  conflicts?: boolean;
}

const UNKNOWN_EPISODE = 'No episode with this id (never created, closed, or expired after its TTL)';

const EPISODE_LIMIT =
  'The server holds as many live episodes (ENVFLEET_MAX_EPISODES) or state bytes (ENVFLEET_MAX_TOTAL_STATE_BYTES) as it is set to';

/** The v1 route table, written once. Keys name the handlers the server gives each route. */
export const routes = {
  listEnvironments: {
    method: 'GET',
    path: '/environments',
    summary: 'List environments with their tools',
    response: responses.environments,
  },
  describeEnvironment: {
    method: 'GET',
    path: '/environments/{name}',
    summary: 'Describe one environment, with its default scenario',
    response: responses.environment,
    notFound: 'No environment of this name; the answer lists the names there are',
  },
  environmentTools: {
    method: 'GET',
    path: '/environments/{name}/tools',
    summary: "Tools of one server, or of several (`Calendar,Retail`), in a trainer's format (MCP, OpenAI, verl)",
    query: toolsQuery,
    response: toolsInFormat,
    notFound: 'A server of this name is not here; the answer names the ones there are',
  },
  reset: {
    method: 'POST',
    path: '/episodes',
    summary: 'Reset: start an episode over one or more servers',
    request: resetRequest,
    response: responses.reset,
    status: 201,
    limits: {
      413: "The scenario is larger than one episode's states may be (ENVFLEET_MAX_STATE_BYTES), or than the body limit",
      507: EPISODE_LIMIT,
    },
    notFound: 'An unknown server or preset; the answer names the ones there are',
  },
  step: {
    method: 'POST',
    path: '/episodes/{episodeId}/step',
    summary: "Run a turn's tool calls in order",
    request: stepRequest,
    response: responses.step,
    limits: {
      413: "A call's arguments are larger than ENVFLEET_MAX_ARGUMENT_BYTES, or the body than the body limit",
      429: 'The episode made its last step (ENVFLEET_MAX_STEPS)',
    },
    notFound: UNKNOWN_EPISODE,
    conflicts: true,
  },
  state: {
    method: 'GET',
    path: '/episodes/{episodeId}/state',
    summary: "Every server's saved state",
    response: responses.state,
    notFound: UNKNOWN_EPISODE,
  },
  trajectory: {
    method: 'GET',
    path: '/episodes/{episodeId}/trajectory',
    summary: 'Every call so far with its result',
    response: responses.trajectory,
    notFound: UNKNOWN_EPISODE,
  },
  snapshot: {
    method: 'POST',
    path: '/episodes/{episodeId}/snapshots',
    summary: 'Take a snapshot (O(1))',
    response: responses.snapshot,
    status: 201,
    limits: { 429: 'The episode keeps as many snapshots as it may (ENVFLEET_MAX_SNAPSHOTS)' },
    notFound: UNKNOWN_EPISODE,
    conflicts: true,
  },
  restore: {
    method: 'POST',
    path: '/episodes/{episodeId}/restore',
    summary: 'Go back to a snapshot',
    request: restoreRequest,
    response: responses.restore,
    notFound: 'No episode with this id, or no snapshot with this id in it',
    conflicts: true,
  },
  fork: {
    method: 'POST',
    path: '/episodes/{episodeId}/fork',
    summary: 'Copy the episode count times (GRPO groups)',
    request: forkRequest,
    response: responses.fork,
    status: 201,
    limits: { 507: EPISODE_LIMIT },
    notFound: UNKNOWN_EPISODE,
    conflicts: true,
  },
  evaluate: {
    method: 'POST',
    path: '/episodes/{episodeId}/evaluate',
    summary: 'The EnvFactory reward, with a JSON Patch per server',
    request: evaluateRequest,
    response: responses.evaluate,
    notFound: UNKNOWN_EPISODE,
    conflicts: true,
  },
  evaluateBfcl: {
    method: 'POST',
    path: '/episodes/{episodeId}/evaluate/bfcl',
    summary: "BFCL multi-turn's per-turn state and response checks of a rollout on Bfcl servers",
    request: bfclEvaluateRequest,
    response: bfclEvaluation,
    notFound: UNKNOWN_EPISODE,
    conflicts: true,
  },
  evaluateTau2: {
    method: 'POST',
    path: '/episodes/{episodeId}/evaluate/tau2',
    summary: "τ²-bench's database and action checks of a rollout on a Tau2 server",
    request: tau2EvaluateRequest,
    response: tau2Evaluation,
    notFound: UNKNOWN_EPISODE,
    conflicts: true,
  },
  close: {
    method: 'DELETE',
    path: '/episodes/{episodeId}',
    summary: 'Close the episode and return its final state',
    response: responses.close,
    notFound: UNKNOWN_EPISODE,
  },
  importTasks: {
    method: 'POST',
    path: '/tasks',
    summary: `Keep EnvFactory-RL rows as tasks (1 to ${MAX_TASKS_PER_REQUEST}), to reset episodes from and score against`,
    request: importTasksRequest,
    response: tasksImported,
    status: 201,
  },
  toolGraph: {
    method: 'GET',
    path: '/graph',
    summary: "The tool graph of a set of servers: which tool's result feeds which argument (JSON, or Graphviz with format=dot)",
    query: toolGraphQuery,
    response: toolGraph,
    notFound: 'A server this process does not have',
  },
  sample: {
    method: 'POST',
    path: '/samples',
    summary: 'Verified multi-step tasks sampled along the tool graph, with coverage (docs/sampler.md)',
    request: samplesRequest,
    response: samplesResult,
    notFound: 'A server this process does not have',
  },
  bfclScore: {
    method: 'POST',
    path: '/bfcl/score',
    summary: "A BFCL multi-turn entry and a model's calls per turn, scored as BFCL's checker does (no episode needed)",
    request: bfclScoreRequest,
    response: bfclEvaluation,
  },
  batch: {
    method: 'POST',
    path: '/batch',
    summary: 'Many operations in one request, each with its own status',
    request: batchRequest,
    response: responses.batch,
  },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof routes;
