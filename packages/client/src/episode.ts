import type { EnvfleetClient } from './client.js';
import { EnvfleetError } from './errors.js';
import type {
  CallResult,
  CloseResult,
  EpisodeTool,
  EvaluateRequest,
  Evaluation,
  ResetResult,
  RestoreResult,
  SnapshotResult,
  StateResult,
  StepResult,
  ToolCall,
  TrajectoryResult,
} from './types.js';

/**
 * One live episode: the reset answer (id, servers, tools, MCP URL) and the episode routes bound to
 * its id. It has the fields of a ResetResult, so it can go wherever one is expected.
 */
export class Episode implements ResetResult {
  readonly client: EnvfleetClient;
  readonly episodeId: string;
  readonly servers: string[];
  /** This episode's tools, named `Server-tool`, with their input schemas: what an agent is offered. */
  readonly tools: EpisodeTool[];
  /** This episode's own MCP endpoint, for an agent that speaks MCP instead of calling `step`. */
  readonly mcpUrl: string;

  constructor(client: EnvfleetClient, reset: ResetResult) {
    this.client = client;
    this.episodeId = reset.episodeId;
    this.servers = reset.servers;
    this.tools = reset.tools;
    this.mcpUrl = reset.mcpUrl;
  }

  /** One turn: the calls run in order, in one step. */
  step(calls: ToolCall[]): Promise<StepResult> {
    return this.client.step(this.episodeId, calls);
  }

  /** One turn as the model wrote it: its `<tool_call>` blocks run as the calls (see Client.stepText). */
  stepText(text: string): Promise<StepResult> {
    return this.client.stepText(this.episodeId, text);
  }

  /** One tool call as its own step; returns its result (`isError: true` when the tool failed). */
  async call(name: string, args: Record<string, unknown> = {}): Promise<CallResult> {
    const { results } = await this.step([{ name, arguments: args }]);
    const [result] = results;
    if (!result) {
      throw new EnvfleetError(`POST /v1/episodes/${this.episodeId}/step`, {
        status: 200,
        title: 'Empty step',
        detail: `the server answered a step of one call (${name}) with no result; the server is out of date with this client`,
      });
    }
    return result;
  }

  state(): Promise<StateResult> {
    return this.client.state(this.episodeId);
  }

  trajectory(): Promise<TrajectoryResult> {
    return this.client.trajectory(this.episodeId);
  }

  snapshot(): Promise<SnapshotResult> {
    return this.client.snapshot(this.episodeId);
  }

  restore(snapshotId: string): Promise<RestoreResult> {
    return this.client.restore(this.episodeId, snapshotId);
  }

  /** `count` copies of this episode as it is now (default 1), each with the same servers and tools. */
  async fork(count?: number): Promise<Episode[]> {
    const { episodeIds } = await this.client.fork(this.episodeId, count);
    return episodeIds.map(
      (episodeId) =>
        new Episode(this.client, { episodeId, servers: this.servers, tools: this.tools, mcpUrl: this.client.mcpUrl(episodeId) }),
    );
  }

  evaluate(body: EvaluateRequest): Promise<Evaluation> {
    return this.client.evaluate(this.episodeId, body);
  }

  /** Ends the episode and returns its final state; later calls on it answer 404. */
  close(): Promise<CloseResult> {
    return this.client.close(this.episodeId);
  }
}
