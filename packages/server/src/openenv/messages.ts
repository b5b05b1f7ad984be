import { describeIssues } from '@envfleet/episodes';
import { z } from 'zod';

/**
 * OpenEnv's wire shapes, as its server and clients define them (meta-pytorch/OpenEnv
 * `src/openenv/core/env_server/types.py` and `mcp_types.py`; docs/openenv.md names the commit).
 * Its pydantic models forbid unknown fields, and so do these: a typo is refused, never ignored.
 */

/** `WSErrorCode`: what an `{type: "error"}` message's `data.code` says went wrong. */
export type WsErrorCode =
  | 'INVALID_JSON'
  | 'UNKNOWN_TYPE'
  | 'VALIDATION_ERROR'
  | 'EXECUTION_ERROR'
  | 'CAPACITY_REACHED'
  | 'FACTORY_ERROR'
  | 'SESSION_ERROR';

/** `ToolErrorType`: why a `call_tool` observation carries an `error` instead of a `result`. */
export type ToolErrorType = 'execution_error' | 'invalid_args' | 'transport_error' | 'tool_not_found' | 'timeout';

/** The message types a client may send on `/ws` (`WSIncomingMessage` plus `WSMCPMessage`). */
export const WS_MESSAGE_TYPES = ['reset', 'step', 'state', 'close', 'mcp'] as const;

const object = z.record(z.string(), z.unknown());

/** One message on `/ws`, by type: reset's data is optional, step's and mcp's required, state and close carry none. */
export const wsMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('reset'), data: object.optional() }),
  z.strictObject({ type: z.literal('step'), data: object }),
  z.strictObject({ type: z.literal('state') }),
  z.strictObject({ type: z.literal('close') }),
  z.strictObject({ type: z.literal('mcp'), data: object }),
]);
export type WsMessage = z.output<typeof wsMessage>;

/** The MCP actions a step carries, as `MCPToolClient._step_payload` sends them (`ListToolsAction`, `CallToolAction`). */
export const mcpAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('list_tools'), metadata: object.optional() }),
  z.strictObject({
    type: z.literal('call_tool'),
    tool_name: z.string().min(1, 'name the tool to call'),
    arguments: object.optional(),
    metadata: object.optional(),
  }),
]);
export type McpAction = z.output<typeof mcpAction>;

/**
 * What a reset may carry (`ResetRequest`'s `seed`, plus the fleet's ways to choose a world): a
 * scenario or a preset per server, one preset for every server, or a stored task; ground truth to
 * score the episode against when it is not from a task.
 */
export const resetData = z.strictObject({
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  episode_id: z.never({ error: 'episode_id is chosen by the fleet (the state answers it); leave it out of the reset' }).optional(),
  scenario: z.record(z.string(), object).optional(),
  presets: z.record(z.string(), z.string().min(1)).optional(),
  preset: z.string().min(1).optional(),
  task_id: z.string().min(1).optional(),
  ground_truth: z.array(z.unknown()).optional(),
  final_config: object.optional(),
});
export type ResetData = z.output<typeof resetData>;

/** `WSErrorResponse.data`: a message and its code, and for a refused message the fields at fault. */
export function wsError(code: WsErrorCode, message: string, errors?: string[]) {
  return { type: 'error' as const, data: { message, code, ...(errors ? { errors } : {}) } };
}

/** Field-level problems of a refused message, one line each, as the v1 API words them. */
export function issuesOf(error: z.ZodError): string[] {
  return describeIssues(error);
}
