import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import type { JsonValue } from '@envfleet/kit';
import { Server, type Tool as McpTool } from '@modelcontextprotocol/server';
import type { EpisodeMcpServers } from '../mcp/episode-mcp-server.js';
import { fastmcpContent, fastmcpToolError, type TextBlock } from './fastmcp-content.js';
import { type ScenarioLenses, scenarioLenses } from './scenario-lenses.js';
import { argumentsRefusal, scenarioRefusal } from './refusals.js';
import { LOAD_SCENARIO, LOADED, readScenarioArgument, SAVE_SCENARIO, scenarioTools } from './scenario-tools.js';

type ToolAnswer = { content: TextBlock[]; isError: boolean; structuredContent?: Record<string, unknown> };

/**
 * One EnvFactory-style MCP session: what a reference server process is to the VeRL manager's
 * fastmcp client. It starts as a fresh episode of one server (its default world); load_scenario
 * replaces that episode with one loaded from the scenario, save_scenario reads the state, and every
 * other tool is the environment's own, by its bare name. Answers carry FastMCP's texts.
 *
 * Loading opens the new episode before closing the old one, so a scenario that is refused leaves
 * the session exactly where it was. Requests of one session run one at a time, in order, so a call
 * never lands on an episode that a load in flight is about to replace.
 */
export class EnvFactorySession {
  #episodeId: string;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  readonly #lenses: ScenarioLenses;

  private constructor(
    readonly engine: EpisodeEngine,
    readonly server: string,
    episodeId: string,
  ) {
    this.#episodeId = episodeId;
    this.#lenses = scenarioLenses(engine.runtime(server));
  }

  /** Opens the session's first episode: the server's default world (`{}`), as a load of `{}` gives. */
  static async open(engine: EpisodeEngine, server: string): Promise<EnvFactorySession> {
    const { episodeId } = await engine.reset({ servers: [server], scenario: { [server]: {} } });
    return new EnvFactorySession(engine, server, episodeId);
  }

  /** The episode the session acts on now (it changes on every successful load_scenario). */
  get episodeId(): string {
    return this.#episodeId;
  }

  /** Closes the session's episode; later calls are refused. Safe to call more than once. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue.catch(() => undefined);
    await this.engine.close(this.#episodeId).catch(() => undefined);
  }

  /** The MCP server for this session's transport; domain tools come from the shared tool lists. */
  mcpServer(info: { name: string; version: string }, lists: EpisodeMcpServers, onFailure: (error: unknown, tool: string) => void): Server {
    const domainTools = lists.toolsFor({ episodeId: this.#episodeId, servers: [this.server], bare: true });
    const domainNames = new Set(domainTools.map((tool) => tool.name));
    // FastMCP lists tools in the order they were registered: every reference registers load and save first.
    const tools: McpTool[] = [...scenarioTools(this.server), ...domainTools];
    const server = new Server(info, { capabilities: { tools: {} } });
    server.setRequestHandler('tools/list', async () => ({ tools }));
    server.setRequestHandler('tools/call', async (request) => {
      const { name, arguments: args = {} } = request.params;
      if (name !== LOAD_SCENARIO && name !== SAVE_SCENARIO && !domainNames.has(name)) {
        return { content: [{ type: 'text' as const, text: `Unknown tool: ${name}` }], isError: true };
      }
      try {
        return await this.#inOrder(() => this.#call(name, args));
      } catch (error) {
        if (error instanceof EpisodeError) return { content: [{ type: 'text' as const, text: error.message }], isError: true };
        onFailure(error, name);
        return { content: [{ type: 'text' as const, text: 'The tool call could not be run; the server logged why.' }], isError: true };
      }
    });
    return server;
  }

  #inOrder<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #call(name: string, args: Record<string, unknown>): Promise<ToolAnswer> {
    if (this.#closed) throw new EpisodeError('not_found', 'This MCP session is closed; open a new one');
    if (name === LOAD_SCENARIO) return this.#load(args);
    if (name === SAVE_SCENARIO) {
      const { state } = await this.engine.state(this.#episodeId);
      return { content: fastmcpContent((state[this.server] ?? {}) as JsonValue, this.#lenses.state), isError: false };
    }
    const { results } = await this.engine.step(this.#episodeId, { calls: [{ name, arguments: args }] });
    const result = results[0];
    if (!result) throw new Error('the step returned no result');
    if (result.isError) {
      // Arguments the tool's model refuses get pydantic's text, as FastMCP validates them first.
      const refusal = argumentsRefusal(this.engine.runtime(this.server), name, args);
      return fastmcpToolError(name, refusal ?? errorMessage(result.content));
    }
    return { content: fastmcpContent(result.content as JsonValue, this.#lenses.result), isError: false };
  }

  async #load(args: Record<string, unknown>): Promise<ToolAnswer> {
    const reading = readScenarioArgument(args);
    if ('error' in reading) return fastmcpToolError(LOAD_SCENARIO, reading.error);
    let next: string;
    try {
      ({ episodeId: next } = await this.engine.reset({ servers: [this.server], scenario: { [this.server]: reading.scenario } }));
    } catch (error) {
      // A scenario that does not fit (or is too large to hold) is the tool's failure, as in the reference.
      if (error instanceof EpisodeError && error.status !== 503) {
        const refusal = scenarioRefusal(this.engine.runtime(this.server), reading.scenario);
        return fastmcpToolError(LOAD_SCENARIO, refusal ?? error.message);
      }
      throw error;
    }
    const previous = this.#episodeId;
    this.#episodeId = next;
    await this.engine.close(previous).catch(() => undefined);
    return { content: [{ type: 'text', text: LOADED }], structuredContent: { result: LOADED }, isError: false };
  }
}

function errorMessage(content: unknown): string {
  const message = (content as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : JSON.stringify(content);
}
