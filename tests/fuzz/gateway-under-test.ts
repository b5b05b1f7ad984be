import { type FleetProcess, type LoggedError, startFleetProcess } from '../support/fleet-process.js';

/**
 * The real gateway the HTTP and MCP passes talk to. When a case stalls it (no answer in time) or
 * kills it, the case is a violation and the gateway is started again, so the rest of the sample
 * still runs.
 */
export class GatewayUnderTest {
  #process: FleetProcess | undefined;
  restarts = 0;

  constructor(
    readonly servers: string[],
    readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    this.#process = await startFleetProcess({ servers: this.servers, env: this.env });
  }

  get url(): string {
    if (!this.#process) throw new Error('the gateway is not started');
    return this.#process.url;
  }

  /** Errors it logged since the last look (5xx answers, unexpected tool failures). */
  drainErrors(): LoggedError[] {
    return this.#process?.drainErrors() ?? [];
  }

  /** Why it is gone, if it is. */
  exitReason(): string | undefined {
    return this.#process?.exit();
  }

  async restart(): Promise<void> {
    this.restarts += 1;
    await this.#process?.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    await this.#process?.stop();
    this.#process = undefined;
  }
}

export interface Answer {
  status: number;
  text: string;
  millis: number;
}

/** One HTTP request to the gateway; throws when there is no answer within `timeoutMs`. */
export async function request(base: string, method: string, path: string, body: string | undefined, timeoutMs: number): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    method,
    ...(body !== undefined ? { body, headers: { 'content-type': 'application/json' } } : {}),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  return { status: response.status, text, millis: performance.now() - started };
}
