// The in-process engine pass runs here, in a worker thread, so that a call that never finishes
// (a regex or glob that backtracks for minutes) can be stopped from outside: the main thread
// watches each case and terminates this worker when one overruns.
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { MemoryEpisodeStore } from '@envfleet/episodes';
import { buildGateway } from '@envfleet/gateway';
import { readProcessConfig, serverOptionsFrom } from '@envfleet/host';
import { runInEngine } from './engine-case.js';
import { environmentFacts, loadFleet } from './fleet.js';
import { type EnvironmentFacts, generateCase } from './generate/cases.js';
import { previewJson } from './json-text.js';
import type { CaseOutcome } from './outcome.js';
import type { CaseRef, FromWorker, ToWorker, WorkerSettings } from './worker-protocol.js';

const settings = workerData as WorkerSettings;
const port = parentPort;
if (!port) throw new Error('engine-worker.js runs as a worker thread of the fuzz');
const send = (message: FromWorker) => port.postMessage(message);

try {
  const environments = await loadFleet(settings.servers);
  const facts = new Map<string, EnvironmentFacts>(environments.map((env) => [env.name, environmentFacts(env)]));
  // Errors the server would log (an unexpected tool failure above all) are collected per case.
  const logged: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        const entry = JSON.parse(line) as { level?: number; msg?: string; server?: string; tool?: string; err?: { message?: string } };
        if ((entry.level ?? 0) >= 50)
          logged.push(`${entry.msg ?? 'error'} (${entry.server ?? '?'}/${entry.tool ?? '?'}: ${(entry.err?.message ?? '').slice(0, 200)})`);
      }
      done();
    },
  });
  // The settings the gateway process reads (ENVFLEET_* limits included), the body and argument
  // limits of this run, and a store in memory: the engine here is configured as the one over HTTP.
  const config = readProcessConfig({
    ...process.env,
    ENVFLEET_BODY_LIMIT: String(settings.bodyLimit),
    ENVFLEET_MAX_ARGUMENT_BYTES: String(settings.argumentLimit),
  });
  const store = new MemoryEpisodeStore();
  const fromVariables = serverOptionsFrom(config, {
    store,
    onClose: undefined,
    description: 'memory',
    close: () => store.close(),
  });
  const app = await buildGateway({
    environments,
    server: { ...fromVariables, logger: { level: 'error', stream: logStream }, reaperIntervalMs: 0 },
  });
  const drainLogged = () => logged.splice(0, logged.length);

  const run = async (ref: CaseRef): Promise<CaseOutcome> => {
    const env = facts.get(ref.server);
    if (!env) throw new Error(`the worker has no environment ${ref.server}`);
    const fuzzCase = generateCase(settings.seed, env, ref.tool, ref.index, settings.limits);
    try {
      const outcome = await runInEngine(app.engine, env, fuzzCase, drainLogged);
      if (outcome.violations.length === 0) return outcome;
      return { ...outcome, preview: previewJson(fuzzCase.action === 'reset' ? fuzzCase.body : fuzzCase.call) };
    } catch (error) {
      return {
        ...ref,
        kind: fuzzCase.kind,
        note: fuzzCase.note,
        path: 'engine',
        millis: 0,
        answer: 'none',
        violations: [`the case could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`],
        preview: previewJson(fuzzCase.action === 'reset' ? fuzzCase.body : fuzzCase.call),
      };
    }
  };

  port.on('message', async (message: ToWorker) => {
    if (message.type === 'run') {
      for (const [position, ref] of message.cases.entries()) {
        send({ type: 'start', position });
        send({ type: 'done', position, outcome: await run(ref) });
      }
      send({ type: 'batch-done' });
    } else if (message.type === 'retime') {
      for (const [position, ref] of message.cases.entries()) {
        send({ type: 'start', position });
        let best = Number.POSITIVE_INFINITY;
        for (let i = 0; i < message.repeats; i++) best = Math.min(best, (await run(ref)).millis);
        send({ type: 'retimed', position, millis: best });
      }
      send({ type: 'batch-done' });
    }
  });
  send({ type: 'ready' });
} catch (error) {
  send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
}
