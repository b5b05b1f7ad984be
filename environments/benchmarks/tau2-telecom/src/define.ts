import type { Draft, Tool, ToolDefinition } from '@envfleet/kit';
import type { z } from 'zod';
import { defineTelecomToolBase, type TelecomDb } from './scenario.js';
import { syncSurroundings } from './sync.js';

/** Marks which side of τ²'s conversation calls a tool: the agent, or the user on their phone. */
export const TAU2_REQUESTOR = 'tau2Requestor';
export const USER_TOOL_PREFIX = '[user tool] ';

// Every successful call is followed by τ²'s sync_tools, as its get_response does.
function synced<I extends z.ZodObject>(definition: ToolDefinition<TelecomDb, I>): ToolDefinition<TelecomDb, I> {
  return {
    ...definition,
    handler: (db: Draft<TelecomDb>, args, ctx) => {
      const result = definition.handler(db, args, ctx);
      syncSurroundings(db as TelecomDb);
      return result;
    },
  };
}

/** A tool of τ²'s agent (requestor "assistant"). */
export function defineAgentTool<I extends z.ZodObject>(definition: ToolDefinition<TelecomDb, I>): Tool<TelecomDb> {
  return defineTelecomToolBase(synced({ ...definition, annotations: { ...definition.annotations, [TAU2_REQUESTOR]: 'assistant' } }));
}

/** A tool the simulated user runs on their own phone (requestor "user"). */
export function defineUserTool<I extends z.ZodObject>(definition: ToolDefinition<TelecomDb, I>): Tool<TelecomDb> {
  return defineTelecomToolBase(
    synced({
      ...definition,
      description: USER_TOOL_PREFIX + definition.description,
      annotations: { ...definition.annotations, [TAU2_REQUESTOR]: 'user' },
    }),
  );
}
