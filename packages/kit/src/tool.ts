import type { Draft } from 'immer';
import type { z } from 'zod';
import type { ToolContext } from './context.js';
import { argumentsJsonSchema, type JsonSchema } from './json-schema.js';
import { isPlainName, NAME_PATTERN, type ToolAnnotations as ContractToolAnnotations } from '@envfleet/contract';

/**
 * MCP tool annotations (hints for clients; `readOnlyHint` marks pure reads), as the v1 contract
 * publishes them: one definition for what a tool declares and what clients read.
 */
export type ToolAnnotations = ContractToolAnnotations;

/**
 * A handler reads and mutates a draft of the environment's state and returns the tool's JSON
 * result. It must be synchronous and deterministic: time, randomness and new ids come from `ctx`.
 * Throwing (a ToolError for expected failures) discards every change the handler made.
 */
export type ToolHandler<S, A> = (state: Draft<S>, args: A, ctx: ToolContext) => unknown;

export interface ToolDefinition<S, I extends z.ZodObject> {
  name: string;
  description: string;
  input: I;
  annotations?: ToolAnnotations;
  handler: ToolHandler<S, z.output<I>>;
}

// biome-ignore lint/suspicious/noExplicitAny: type-erased tools, as for Environment
export interface Tool<S = any> {
  readonly name: string;
  readonly description: string;
  readonly input: z.ZodObject;
  /** The arguments' JSON Schema as clients see it (computed once). */
  readonly inputSchema: JsonSchema;
  readonly annotations: ToolAnnotations;
  // Method syntax on purpose: it keeps Tool<Specific> assignable to Tool<unknown> (bivariant state),
  // so registries can hold environments of any state type.
  handler(state: Draft<S>, args: Record<string, unknown>, ctx: ToolContext): unknown;
}

export function defineTool<S, I extends z.ZodObject>(definition: ToolDefinition<S, I>): Tool<S> {
  if (!isPlainName(definition.name)) {
    throw new Error(`Tool name "${definition.name}" must match ${NAME_PATTERN} (a "-" would break Server-tool names)`);
  }
  return Object.freeze({
    name: definition.name,
    description: definition.description.trim(),
    input: definition.input,
    inputSchema: argumentsJsonSchema(definition.input),
    annotations: { ...definition.annotations },
    handler: definition.handler as ToolHandler<S, Record<string, unknown>>,
  });
}

/**
 * `defineTool` bound to one state type, so an environment's handlers get a typed draft without
 * annotating each one: `export const defineRetailTool = toolsFor<RetailState>();` in its scenario
 * file, then `defineRetailTool({ name, description, input, handler: (state, args) => … })`.
 */
export function toolsFor<S>(): <I extends z.ZodObject>(definition: ToolDefinition<S, I>) => Tool<S> {
  return (definition) => defineTool(definition);
}
