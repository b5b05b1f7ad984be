import { z } from 'zod';
import { tool } from './responses.js';

// `GET /v1/environments/{name}/tools?format=…`: the tools in the shapes trainers load.

export const toolFormats = ['mcp', 'openai', 'verl'] as const;
export type ToolFormat = (typeof toolFormats)[number];

/** The class a verl tool config names when the request names none: verl's own, which any verl install has. */
export const DEFAULT_VERL_TOOL_CLASS = 'verl.tools.base_tool.BaseTool';

export const toolsQuery = z.strictObject({
  format: z
    .enum(toolFormats)
    .optional()
    .meta({
      description:
        '`mcp` (default): the tools as an episode\'s MCP endpoint lists them. `openai`: function-calling tools `{type: "function", function: {name, description, parameters}}`, every property with a `type` (a nullable one as `["T", "null"]`). `verl`: a verl tool config (`tools: [{class_name, config, tool_schema}]`) with the same schemas.',
      examples: ['openai'],
    }),
  className: z
    .string()
    .min(1)
    .regex(/^[A-Za-z_][\w.]*$/, 'a dotted Python name, like my_pkg.tools.FleetTool')
    .optional()
    .meta({
      description: `For \`verl\`: each tool's \`class_name\`, your BaseTool subclass that runs the call (default ${DEFAULT_VERL_TOOL_CLASS}, which only lists the tool).`,
      examples: ['my_pkg.tools.FleetTool'],
    }),
});

/** A tool as OpenAI's function calling (and verl's OpenAIFunctionToolSchema) takes it. */
export const openAiTool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string().meta({ examples: ['Calendar-list_calendars'] }),
    description: z.string(),
    parameters: z.record(z.string(), z.unknown()).describe('A JSON Schema whose every property, at any depth, has a `type`.'),
  }),
});

/** One entry of a verl tool config file (`actor_rollout_ref.rollout.multi_turn.tool_config_path`). */
export const verlToolEntry = z.object({
  class_name: z.string(),
  config: z
    .object({ type: z.literal('native'), server: z.string(), tool: z.string() })
    .describe('`type` is what verl reads; `server` and `tool` say which tool of the fleet the class should call.'),
  tool_schema: openAiTool,
});

export const toolsInFormat = z.object({
  tools: z
    .array(z.union([tool, openAiTool, verlToolEntry]))
    .describe('Every tool of the named servers, named `Server-tool`, in the format asked for.'),
});

export type ToolsQuery = z.input<typeof toolsQuery>;
export type OpenAiTool = z.output<typeof openAiTool>;
export type VerlToolEntry = z.output<typeof verlToolEntry>;
export type ToolsInFormat = z.output<typeof toolsInFormat>;
