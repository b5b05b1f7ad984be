import {
  DEFAULT_VERL_TOOL_CLASS,
  type OpenAiTool,
  splitToolName,
  type Tool,
  type ToolFormat,
  type ToolsInFormat,
  type VerlToolEntry,
} from '@envfleet/contract';
import { typedSchema } from './typed-schema.js';

export interface RenderOptions {
  /** For `verl`: the BaseTool subclass each entry names (default verl's own BaseTool). */
  className?: string;
}

/** Tools named `Server-tool` (as an episode lists them) in a trainer's format. */
export function renderTools(tools: readonly Tool[], format: ToolFormat, options: RenderOptions = {}): ToolsInFormat {
  switch (format) {
    case 'mcp':
      return { tools: [...tools] };
    case 'openai':
      return { tools: tools.map(openAiFunction) };
    case 'verl':
      return { tools: tools.map((tool) => verlEntry(tool, options.className ?? DEFAULT_VERL_TOOL_CLASS)) };
  }
}

/** OpenAI's function-calling tool: the name as the model must call it, parameters typed throughout. */
export function openAiFunction(tool: Tool): OpenAiTool {
  return {
    type: 'function',
    function: { name: tool.name, description: tool.description, parameters: typedSchema(tool.inputSchema) },
  };
}

/**
 * One entry of verl's tool config (`tools:` in the YAML verl's `initialize_tools_from_config`
 * reads): the class to instantiate, its `config` (verl reads `type`; `server` and `tool` are for
 * the class), and the OpenAI schema verl validates as `OpenAIFunctionToolSchema`.
 */
export function verlEntry(tool: Tool, className: string): VerlToolEntry {
  const split = splitToolName(tool.name);
  return {
    class_name: className,
    config: { type: 'native', server: split?.server ?? '', tool: split?.tool ?? tool.name },
    tool_schema: openAiFunction(tool),
  };
}
