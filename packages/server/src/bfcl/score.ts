import { bfclMultiTurnCheck, type BfclModelTurn, bfclResultText, type BfclTurnRun, parseBfclCall } from '@envfleet/benchmarks';
import { EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import { bfclScoreRequest } from '@envfleet/contract';
import type { z } from 'zod';

type ScoreRequest = z.output<typeof bfclScoreRequest>;

export const serverOf = (className: string) => `Bfcl${className}`;

/**
 * `POST /v1/bfcl/score` (a route of the contract's table, registered with the rest by
 * episode-routes.ts): a BFCL multi-turn rollout scored as BFCL's eval runner scores it. The model's
 * calls and the gold call strings each run turn by turn in an episode of their own on the entry's Bfcl
 * servers (loaded from its initial_config), then multi_turn_checker's rules decide: per turn, every
 * class's public state equal to the gold run's, and the gold result texts among the model's. Answers
 * `{valid: true}` or the first failure with BFCL's error type. Both episodes are closed before
 * answering. For a rollout already run in an episode, see evaluate-episode.ts.
 */
export async function scoreBfclEntry(engine: EpisodeEngine, requestBody: unknown) {
  const parsed = bfclScoreRequest.safeParse(requestBody);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw new EpisodeError('bad_request', `Invalid BFCL score request — ${issues.slice(0, 5).join('; ')}`, issues);
  }
  const body = parsed.data;
  if (body.model.length !== body.ground_truth.length) {
    throw new EpisodeError('bad_request', `model has ${body.model.length} turns but ground_truth has ${body.ground_truth.length}`);
  }
  const owner = toolOwners(engine, body.involved_classes);
  const gold = parseGroundTruth(body.ground_truth, owner, 'ground_truth');
  const goldRun = await runTurns(engine, entryStart(body), owner, gold);
  const modelRun: BfclModelTurn[] = (await runTurns(engine, entryStart(body), owner, body.model)).map((turn, index) => ({
    ...turn,
    callCount: body.model[index]!.length,
  }));
  return bfclMultiTurnCheck(
    modelRun,
    goldRun,
    body.ground_truth.map((turn) => turn.length),
  );
}

export interface Owner {
  server: string;
  className: string;
  parameters: string[];
}

/** Which involved class has each tool (the last one wins, as in BFCL's executor), and its parameter order. */
export function toolOwners(engine: EpisodeEngine, classes: readonly string[]): Map<string, Owner> {
  const owner = new Map<string, Owner>();
  for (const className of classes) {
    const server = serverOf(className);
    for (const [name, tool] of engine.runtime(server).tools) {
      owner.set(name, { server, className, parameters: Object.keys((tool.inputSchema.properties ?? {}) as object) });
    }
  }
  return owner;
}

/** Where a run of turns starts: the involved classes, each server's scenario, the episode seed. */
export interface TurnStart {
  classes: readonly string[];
  scenario: Record<string, unknown>;
  seed?: number;
}

/** The scenario of each involved class's server for a BFCL entry (its initial_config and long_context flag). */
function entryStart(body: ScoreRequest): TurnStart {
  return {
    classes: body.involved_classes,
    scenario: Object.fromEntries(
      body.involved_classes.map((className) => [
        serverOf(className),
        { ...(body.initial_config[className] ?? {}), long_context: body.long_context },
      ]),
    ),
  };
}

/** Runs `turns` of calls in a fresh episode from `start`, keeping each turn's result texts and class states. */
export async function runTurns(
  engine: EpisodeEngine,
  start: TurnStart,
  owner: Map<string, Owner>,
  turns: readonly { name: string; arguments: Record<string, unknown> }[][],
): Promise<BfclTurnRun[]> {
  const servers = start.classes.map(serverOf);
  const { episodeId } = await engine.reset({
    servers,
    scenario: start.scenario,
    ...(start.seed !== undefined ? { seed: start.seed } : {}),
  });
  try {
    const runs: BfclTurnRun[] = [];
    for (const calls of turns) {
      const results: string[] = [];
      for (const { name, arguments: args } of calls) {
        // A `Server-tool` name is read as its tool; a name no involved class has is Python's NameError in BFCL.
        const bare = name.includes('-') ? name.slice(name.indexOf('-') + 1) : name;
        const tool = owner.get(bare);
        if (!tool) {
          results.push(`Error during execution: name '${bare}' is not defined`);
          continue;
        }
        const { results: answered } = await engine.step(episodeId, { calls: [{ name: `${tool.server}-${bare}`, arguments: args }] });
        results.push(...answered.map(bfclResultText));
      }
      const { state } = await engine.state(episodeId);
      const states = Object.fromEntries(start.classes.map((className) => [className, state[serverOf(className)]]));
      runs.push({ states, results });
    }
    return runs;
  } finally {
    await engine.close(episodeId).catch(() => undefined);
  }
}

/** BFCL's gold call strings, turn by turn, as calls (parsed, never evaluated); a bad one is a 400 naming it. */
export function parseGroundTruth(turns: readonly (readonly string[])[], owner: Map<string, Owner>, field: string) {
  return turns.map((turn) =>
    turn.map((text) => {
      const name = /^\s*([A-Za-z_]\w*)/.exec(text)?.[1] ?? '';
      const parameters = owner.get(name)?.parameters ?? [];
      try {
        const { arguments: args } = parseBfclCall(text, { parameters });
        return { name, arguments: args };
      } catch (error) {
        throw new EpisodeError('bad_request', `${field} call ${JSON.stringify(text.slice(0, 200))}: ${(error as Error).message}`);
      }
    }),
  );
}
