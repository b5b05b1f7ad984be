// `pnpm fuzz`: generated calls to every tool of every environment of the workspace — valid ones,
// edge values and adversarial inputs up to the body limit — through the in-process engine (every
// case), then a real gateway over HTTP and MCP (a sample). See tests/fuzz/README.md.
import { resolve } from 'node:path';
import { EnginePass } from './engine-pass.js';
import { environmentFacts, loadFleet, workspaceRoot } from './fleet.js';
import { runGatewaySample } from './gateway-pass.js';
import { GatewayUnderTest } from './gateway-under-test.js';
import { type EnvironmentFacts, type GenerationLimits, generateCase, isBodySized, targetsOf } from './generate/cases.js';
import { streamOf } from './generate/random.js';
import { previewJson } from './json-text.js';
import { type FuzzOptions, readOptions, USAGE, UsageError } from './options.js';
import type { CaseOutcome, PathName } from './outcome.js';
import { fuzzReport, type PassSummary, summary, writeReport } from './report.js';
import { caseKey, Tally } from './tally.js';
import type { CaseRef } from './worker-protocol.js';

// Room left in a body for the request around the largest value (names, other arguments).
const ENVELOPE_BYTES = 64 * 1024;
// Room left in a call's arguments beside its largest value.
const OTHER_ARGUMENTS_BYTES = 16 * 1024;
// How --seconds is shared by the passes that run (the bulk runs in process).
const TIME_WEIGHTS: Record<PathName, number> = { engine: 55, http: 25, mcp: 20 };
const RETIME_ABOVE_MS = 10;

async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const options = readOptions(argv);
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const environments = await loadFleet(options.envs);
  const facts = new Map(environments.map((env) => [env.name, environmentFacts(env)]));
  const run: Run = {
    options,
    facts,
    limits: {
      maxValueBytes: options.bodyLimit - Math.min(ENVELOPE_BYTES, options.bodyLimit / 4),
      maxArgumentValueBytes: options.argumentLimit - Math.min(OTHER_ARGUMENTS_BYTES, options.argumentLimit / 4),
    },
    plan: planCases(options, facts),
    tally: new Tally(),
    passes: {},
    end: options.seconds !== undefined ? started + options.seconds * 1000 : undefined,
  };
  if (run.plan.length === 0) throw new UsageError(`--tool ${options.tool}: no environment of ${[...facts.keys()].join(', ')} has it`);

  // The gateway loads every environment: it starts while the engine pass runs.
  const overGateway = options.paths.filter((path): path is 'http' | 'mcp' => path !== 'engine');
  // Episodes in memory, as in process, whatever store the shell's variables name.
  const gatewayEnv = {
    ENVFLEET_BODY_LIMIT: String(options.bodyLimit),
    ENVFLEET_MAX_ARGUMENT_BYTES: String(options.argumentLimit),
    REDIS_URL: '',
    DATABASE_URL: '',
  };
  const gateway = overGateway.length ? new GatewayUnderTest([...facts.keys()], gatewayEnv) : undefined;
  const gatewayStarted = gateway?.start();
  gatewayStarted?.catch(() => undefined);
  try {
    if (options.paths.includes('engine')) await enginePass(run);
    if (gateway) {
      await gatewayStarted;
      const sample = sampleCases(run);
      for (const path of overGateway) {
        const deadline = deadlineOf(run, path);
        run.passes[path] = await withProgress(path, sample.length, (count) =>
          runGatewaySample(
            gateway,
            sample,
            {
              path,
              seed: options.seed,
              limits: run.limits,
              timeoutMs: options.caseTimeoutMs,
              facts,
              ...(deadline !== undefined ? { deadline } : {}),
            },
            count(record(run)),
          ),
        );
      }
    }
  } finally {
    await gateway?.stop();
  }

  const report = fuzzReport(options, run.tally, run.passes, (performance.now() - started) / 1000);
  writeReport(resolve(workspaceRoot, options.out), report);
  process.stdout.write(`${summary(report, options.out)}\n`);
  return report.violations.length ? 1 : 0;
}

/** One run of the fuzz: what it was asked, what it generates from, and what it has found so far. */
interface Run {
  options: FuzzOptions;
  facts: ReadonlyMap<string, EnvironmentFacts>;
  limits: GenerationLimits;
  plan: CaseRef[];
  tally: Tally;
  passes: Partial<Record<PathName, PassSummary>>;
  /** performance.now() at which --seconds is up. */
  end: number | undefined;
}

/**
 * When a pass must stop starting cases: --seconds is shared by the passes still to run, in
 * proportion to their weights, from the moment each starts — a pass that ran long takes from the
 * later ones, never all of their time.
 */
function deadlineOf(run: Run, path: PathName): number | undefined {
  if (run.end === undefined) return undefined;
  const order = (['engine', 'http', 'mcp'] as const).filter((p) => run.options.paths.includes(p));
  const left = order.slice(order.indexOf(path as (typeof order)[number]));
  const share = TIME_WEIGHTS[path] / left.reduce((sum, p) => sum + TIME_WEIGHTS[p], 0);
  const now = performance.now();
  return now + Math.max(0, run.end - now) * share;
}

/** Every case through the in-process engine, then each tool's slowest case timed again. */
async function enginePass(run: Run): Promise<void> {
  const { options, tally } = run;
  const end = deadlineOf(run, 'engine');
  const pass = new EnginePass({
    seed: options.seed,
    servers: [...run.facts.keys()],
    limits: run.limits,
    bodyLimit: options.bodyLimit,
    argumentLimit: options.argumentLimit,
    caseTimeoutMs: options.caseTimeoutMs,
    // The last part of the pass's time is kept for timing the slowest cases again.
    ...(end !== undefined ? { deadline: end - (end - performance.now()) * 0.15 } : {}),
  });
  try {
    run.passes.engine = await withProgress('engine', run.plan.length, (count) => pass.run(run.plan, count(record(run))));
    // One slow run is more often the machine than the call; below a few milliseconds a single run
    // says enough (noise only ever adds).
    const worst = tally.worstCases('engine', RETIME_ABOVE_MS);
    const best = await pass.retime(worst, 2, end);
    for (const [i, ref] of worst.entries()) {
      const retimed = best[i];
      if (retimed !== undefined) tally.retimed(ref, 'engine', retimed);
      const millis = tally.worstMillis(ref, 'engine') ?? 0;
      if (millis <= options.stallMs) continue;
      const runs = retimed !== undefined ? 'at best of 3 runs' : 'in its one run (no time was left to run it again)';
      const outcome = described({ ...ref, kind: '?', note: '', path: 'engine', millis, answer: 'ok', violations: [] }, run);
      tally.flag({ ...outcome, violations: [`the call takes ${Math.round(millis)} ms ${runs}, over --stall-ms ${options.stallMs}`] });
    }
  } finally {
    await pass.close();
  }
}

/** Adds an outcome to the tally, filling in what a stalled case's report could not say. */
function record(run: Run): (outcome: CaseOutcome) => void {
  return (outcome) => run.tally.add(outcome.kind === '?' ? described(outcome, run) : outcome);
}

/**
 * Every case to run in process: index by index across all tools, so a time budget cuts evenly.
 * Body-sized values, unknown names and servers go to one environment per run (which one turns with
 * the seed): they take the same path everywhere, and cost most.
 */
function planCases(options: FuzzOptions, facts: ReadonlyMap<string, EnvironmentFacts>): CaseRef[] {
  const indices = options.caseIndex !== undefined ? [options.caseIndex] : Array.from({ length: options.cases }, (_, i) => i);
  const chosen = bodySizedTarget(options.seed, facts).server;
  const plan: CaseRef[] = [];
  for (const index of indices)
    for (const env of facts.values())
      for (const tool of targetsOf(env)) {
        if (options.tool !== undefined && tool !== options.tool) continue;
        if (isBodySized(tool, index) && env.server !== chosen && options.caseIndex === undefined) continue;
        plan.push({ server: env.server, tool, index });
      }
  return plan;
}

/**
 * What also goes through the gateway: each tool's first --sample cases and its slowest case in
 * process — but a body of the limit for one tool of one environment only (which turns with the
 * seed): one for every tool would be gigabytes per run, and the body's way in is the same for all.
 * Cases that stalled in process are left out: they are violations already and would only stall the
 * gateway again.
 */
function sampleCases(run: Run): CaseRef[] {
  const { options, facts, plan, tally } = run;
  if (options.caseIndex !== undefined) return plan;
  const stalled = tally.stalled();
  const sample: CaseRef[] = [];
  const seen = new Set<string>();
  const add = (ref: CaseRef) => {
    const key = caseKey(ref);
    if (seen.has(key) || stalled.has(key)) return;
    seen.add(key);
    sample.push(ref);
  };
  const wanted = new Set(plan.map((ref) => `${ref.server}\u0000${ref.tool}`));
  const chosen = bodySizedTarget(options.seed, facts);
  for (let index = 0; index < Math.min(options.sample, options.cases); index++) {
    for (const env of facts.values()) {
      for (const tool of targetsOf(env)) {
        if (!wanted.has(`${env.server}\u0000${tool}`)) continue;
        if (isBodySized(tool, index) && (env.server !== chosen.server || tool !== chosen.tool)) continue;
        add({ server: env.server, tool, index });
      }
    }
  }
  for (const ref of tally.worstCases('engine')) if (!isBodySized(ref.tool, ref.index)) add(ref);
  return sample;
}

/** The environment (and its tool) that gets the run's body-sized unknown names and HTTP bodies. */
function bodySizedTarget(seed: number, facts: ReadonlyMap<string, EnvironmentFacts>): { server: string; tool: string } {
  const envs = [...facts.values()];
  const env = envs[streamOf([seed, 'body-sized']) % envs.length] as EnvironmentFacts;
  const targets = targetsOf(env);
  return { server: env.server, tool: targets[streamOf([seed, env.server]) % targets.length] as string };
}

/** Fills in kind, note and arguments for an outcome reported by case reference only. */
function described(outcome: CaseOutcome, run: Run): CaseOutcome {
  const env = run.facts.get(outcome.server);
  if (!env) return outcome;
  const fuzzCase = generateCase(run.options.seed, env, outcome.tool, outcome.index, run.limits);
  return {
    ...outcome,
    kind: fuzzCase.kind,
    note: fuzzCase.note,
    preview: previewJson(fuzzCase.action === 'reset' ? fuzzCase.body : fuzzCase.call),
  };
}

/** Runs a pass, printing how far it got every ten seconds. */
async function withProgress<T>(
  label: string,
  total: number,
  run: (count: (record: (o: CaseOutcome) => void) => (o: CaseOutcome) => void) => Promise<T>,
): Promise<T> {
  let done = 0;
  const started = performance.now();
  const timer = setInterval(
    () => process.stderr.write(`fuzz ${label}: ${done}/${total} cases, ${Math.round((performance.now() - started) / 1000)} s\n`),
    10_000,
  );
  try {
    const result = await run((record) => (outcome) => {
      done += 1;
      record(outcome);
    });
    process.stderr.write(`fuzz ${label}: ${done} cases in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return result;
  } finally {
    clearInterval(timer);
  }
}

// Ctrl-C ends the run through process.exit, so that the gateway (and Redis) it started go with it.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `fuzz: ${error instanceof Error ? (error instanceof UsageError ? error.message : (error.stack ?? error.message)) : String(error)}\n`,
    );
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
