import { Worker } from 'node:worker_threads';
import type { CaseOutcome } from './outcome.js';
import type { CaseRef, FromWorker, ToWorker, WorkerSettings } from './worker-protocol.js';

export interface EnginePassOptions extends WorkerSettings {
  /** A case (and its worker) is given up after this long: the call is a stall. */
  caseTimeoutMs: number;
  /** performance.now() after which no new batch starts. */
  deadline?: number;
  batchSize?: number;
}

type BatchResult = { finished: FromWorker[]; hung?: { position: number; reason: string } };

/**
 * Drives the engine worker: sends cases in batches, watches each one, and when one overruns (or
 * kills the worker) records it as a stall, starts a fresh worker and goes on with the next case.
 */
export class EnginePass {
  #worker: Worker | undefined;
  readonly #options: EnginePassOptions;

  constructor(options: EnginePassOptions) {
    this.#options = options;
  }

  /** Runs every case (until the deadline); reports each outcome as it comes. Returns how many ran. */
  async run(cases: CaseRef[], onOutcome: (outcome: CaseOutcome) => void): Promise<{ ran: number; stoppedByTime: boolean }> {
    const size = this.#options.batchSize ?? 20;
    let at = 0;
    while (at < cases.length) {
      if (this.#options.deadline !== undefined && performance.now() > this.#options.deadline) return { ran: at, stoppedByTime: true };
      const batch = cases.slice(at, at + size);
      const result = await this.#batch({ type: 'run', cases: batch });
      for (const message of result.finished) if (message.type === 'done') onOutcome(message.outcome);
      if (result.hung) {
        const ref = batch[result.hung.position] as CaseRef;
        onOutcome({
          ...ref,
          kind: '?',
          note: '',
          path: 'engine',
          millis: this.#options.caseTimeoutMs,
          answer: 'none',
          violations: [result.hung.reason],
        });
        at += result.hung.position + 1;
      } else at += batch.length;
    }
    return { ran: at, stoppedByTime: false };
  }

  /** The best of `repeats` runs of each case (a slow outlier is usually the machine, not the call), until the deadline. */
  async retime(cases: CaseRef[], repeats: number, deadline?: number): Promise<(number | undefined)[]> {
    const times: (number | undefined)[] = [];
    for (const [at, ref] of cases.entries()) {
      if (deadline !== undefined && performance.now() > deadline) break;
      const result = await this.#batch({ type: 'retime', cases: [ref], repeats });
      for (const message of result.finished) if (message.type === 'retimed') times[at] = message.millis;
    }
    return times;
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = undefined;
  }

  async #start(): Promise<Worker> {
    const { caseTimeoutMs: _t, deadline: _d, batchSize: _b, ...settings } = this.#options;
    const worker = new Worker(new URL('./engine-worker.js', import.meta.url), {
      workerData: settings satisfies WorkerSettings,
      // Room for body-sized values and what tools build from them; a runaway still ends here.
      resourceLimits: { maxOldGenerationSizeMb: 3072 },
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: FromWorker) => {
        if (message.type === 'ready') done(resolve);
        if (message.type === 'fatal') done(() => reject(new Error(`the engine worker could not start: ${message.message}`)));
      };
      const onError = (error: Error) => done(() => reject(error));
      const done = (then: () => void) => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        then();
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
    });
    this.#worker = worker;
    return worker;
  }

  async #batch(message: ToWorker): Promise<BatchResult> {
    const worker = this.#worker ?? (await this.#start());
    const timeoutMs = this.#options.caseTimeoutMs;
    return new Promise<BatchResult>((resolve) => {
      const finished: FromWorker[] = [];
      let current = 0;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => giveUp(`the call did not finish within ${timeoutMs / 1000} s (the worker was stopped)`), timeoutMs);
      };
      const onMessage = (reply: FromWorker) => {
        if (reply.type === 'start') {
          current = reply.position;
          arm();
        } else if (reply.type === 'batch-done') {
          settle({ finished });
        } else finished.push(reply);
      };
      const onError = (error: Error) => giveUp(`the worker crashed during the call: ${error.message}`);
      const onExit = (code: number) => giveUp(`the worker exited (code ${code}) during the call`);
      const settle = (result: BatchResult) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(result);
      };
      const giveUp = (reason: string) => {
        this.#worker = undefined;
        void worker.terminate();
        settle({ finished, hung: { position: current, reason } });
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      arm();
      worker.postMessage(message);
    });
  }
}
