import type { EpisodeEngine } from '@envfleet/episodes';
import { z } from 'zod';
import { mcpAction } from './messages.js';

/** `GET /metadata` (`EnvironmentMetadata`): the path's servers, named and described by the catalog. */
export function openenvMetadata(engine: EpisodeEngine, servers: readonly string[]) {
  const described = servers.map((server) => engine.runtime(server).describe());
  return {
    name: servers.join(','),
    description: described.map((server) => `${server.name}: ${server.description}`).join('\n\n'),
    readme_content: null,
    version: described.length === 1 ? (described[0]?.version ?? null) : null,
    author: null,
    documentation_url: null,
  };
}

const toolError = z.object({
  error_type: z.enum(['execution_error', 'invalid_args', 'transport_error', 'tool_not_found', 'timeout']),
  message: z.string(),
});

/** The observations a step answers (`ListToolsObservation`, `CallToolObservation`) and a reset's. */
const observation = z.object({
  done: z.boolean().describe('Every ground-truth call has been made (trace 1); false without ground truth'),
  reward: z.number().nullable().describe("evaluate's reward after the last call; null without ground truth"),
  metadata: z.record(z.string(), z.unknown()).optional().describe('After a reset: episode_id, servers, task_id'),
  tools: z.array(z.object({ name: z.string(), description: z.string(), input_schema: z.record(z.string(), z.unknown()) })).optional(),
  tool_name: z.string().optional(),
  result: z.unknown().optional().describe("fastmcp's CallToolResult: content, structured_content, data, is_error"),
  error: toolError.nullable().optional(),
});

const state = z.looseObject({
  episode_id: z.string().nullable(),
  step_count: z.int().min(0),
  servers: z.array(z.string()).optional(),
  state: z.record(z.string(), z.unknown()).optional().describe("Per server, the episode's world"),
});

/** `GET /schema` (`SchemaResponse`): what a step takes, what it answers, what `state` reads. */
export const openenvSchemas = {
  action: z.toJSONSchema(mcpAction),
  observation: z.toJSONSchema(observation),
  state: z.toJSONSchema(state),
};
