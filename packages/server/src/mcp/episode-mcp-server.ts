import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import { splitToolName } from '@envfleet/kit';
import { Server, type Tool as McpTool } from '@modelcontextprotocol/server';
import { BoundedCache } from './bounded-cache.js';

/** Which episode an MCP connection acts on, and how its tools are named. */
export interface EpisodeBinding {
  episodeId: string;
  servers: string[];
  /** Bare tool names (`list_events`) on single-environment surfaces; `Server-tool` otherwise. */
  bare: boolean;
}

type ListedTool = McpTool;

/**
 * Tool lists kept at once. A list is about 14 KB per server, and every order of an episode's
 * servers is a list of its own (tools are listed in the episode's server order), so without a
 * bound a client resetting episodes over ever new server combinations grows this without end.
 * The lists in use by live rollouts (a handful of combinations) stay; a miss rebuilds one in µs.
 */
const TOOL_LISTS_KEPT = 256;

/**
 * Builds the MCP server an agent talks to. Tool lists are computed once per (servers, naming) and
 * shared by every connection, because the SDK's per-request factory builds a server per request;
 * only the most recently used ones are kept.
 * Only domain tools are exposed: reset, load and save stay on the HTTP API.
 */
export class EpisodeMcpServers {
  readonly #toolLists = new BoundedCache<string, ListedTool[]>(TOOL_LISTS_KEPT);

  constructor(
    readonly engine: EpisodeEngine,
    readonly info: { name: string; version: string },
    /** Told why a call failed with something other than an episode error (a bug, a store down). */
    readonly onFailure: (error: unknown, call: { episodeId: string; tool: string }) => void = () => {},
  ) {}

  /** How many tool lists are cached. */
  get cachedToolLists(): number {
    return this.#toolLists.size;
  }

  toolsFor(binding: EpisodeBinding): ListedTool[] {
    const key = `${binding.bare ? 'bare' : 'full'}:${binding.servers.join(',')}`;
    let tools = this.#toolLists.get(key);
    if (!tools) {
      tools = this.engine.toolsOf(binding.servers).map(
        (tool) =>
          ({
            ...tool,
            name: binding.bare ? (splitToolName(tool.name)?.tool ?? tool.name) : tool.name,
          }) as McpTool,
      );
      this.#toolLists.set(key, tools);
    }
    return tools;
  }

  create(binding: EpisodeBinding): Server {
    const server = new Server(this.info, { capabilities: { tools: {} } });
    const tools = this.toolsFor(binding);
    server.setRequestHandler('tools/list', async () => ({ tools }));
    server.setRequestHandler('tools/call', async (request) => {
      const { name, arguments: args } = request.params;
      try {
        const { results } = await this.engine.step(binding.episodeId, { calls: [{ name, arguments: args ?? {} }] });
        const result = results[0];
        if (!result) throw new Error('the step returned no result');
        return toCallToolResult(result.isError, result.content);
      } catch (error) {
        if (error instanceof EpisodeError) return { content: [{ type: 'text' as const, text: error.message }], isError: true };
        this.onFailure(error, { episodeId: binding.episodeId, tool: name });
        return { content: [{ type: 'text' as const, text: 'The tool call could not be run; the server logged why.' }], isError: true };
      }
    });
    return server;
  }
}

export function toCallToolResult(isError: boolean, content: unknown) {
  if (isError) {
    const message = (content as { message?: unknown } | null)?.message;
    return { content: [{ type: 'text' as const, text: typeof message === 'string' ? message : JSON.stringify(content) }], isError: true };
  }
  const structured = content !== null && typeof content === 'object' && !Array.isArray(content);
  return {
    content: [{ type: 'text' as const, text: JSON.stringify(content) }],
    ...(structured ? { structuredContent: content as Record<string, unknown> } : {}),
    isError: false,
  };
}
