import type { GatewayUnderTest } from './gateway-under-test.js';
import { type EnvironmentFacts, type FuzzCase, generateCase, type GenerationLimits } from './generate/cases.js';
import { runOverHttp } from './http-case.js';
import { previewJson } from './json-text.js';
import { runOverMcp, sendableOverMcp } from './mcp-case.js';
import type { CaseOutcome } from './outcome.js';
import type { CaseRef } from './worker-protocol.js';

export interface GatewayPassOptions {
  path: 'http' | 'mcp';
  seed: number;
  limits: GenerationLimits;
  timeoutMs: number;
  facts: ReadonlyMap<string, EnvironmentFacts>;
  deadline?: number;
}

/**
 * Sends a sample of cases to the real gateway, one at a time. A case that gets no answer in time,
 * or after which the gateway is gone, is a violation, and the gateway is started again. Errors the
 * gateway logged while a case ran are that case's violations.
 */
export async function runGatewaySample(
  gateway: GatewayUnderTest,
  refs: CaseRef[],
  options: GatewayPassOptions,
  onOutcome: (outcome: CaseOutcome) => void,
): Promise<{ ran: number; skipped: number; stoppedByTime: boolean }> {
  let ran = 0;
  let skipped = 0;
  for (const ref of refs) {
    if (options.deadline !== undefined && performance.now() > options.deadline) return { ran, skipped, stoppedByTime: true };
    const facts = options.facts.get(ref.server);
    if (!facts) continue;
    const fuzzCase = generateCase(options.seed, facts, ref.tool, ref.index, options.limits);
    if (options.path === 'mcp' && (fuzzCase.action !== 'step' || !sendableOverMcp(fuzzCase))) {
      skipped += 1;
      continue;
    }
    ran += 1;
    gateway.drainErrors();
    const base = { ...ref, kind: fuzzCase.kind, note: fuzzCase.note, path: options.path };
    let measured: Omit<CaseOutcome, keyof typeof base>;
    try {
      measured =
        options.path === 'http' || fuzzCase.action !== 'step'
          ? await runOverHttp(gateway, facts, fuzzCase, options.timeoutMs)
          : await runOverMcp(gateway, facts, fuzzCase, options.timeoutMs);
    } catch (error) {
      measured = { millis: 0, answer: 'none', violations: [await explainFailure(gateway, error, options.timeoutMs)] };
    }
    for (const logged of gateway.drainErrors()) {
      measured.violations.push(
        `the gateway logged "${logged.message}"${logged.server ? ` (${logged.server}/${logged.tool})` : ''}${logged.error ? `: ${logged.error}` : ''}`,
      );
    }
    onOutcome({ ...base, ...measured, ...(measured.violations.length ? { preview: preview(fuzzCase) } : {}) });
  }
  return { ran, skipped, stoppedByTime: false };
}

/** Names what happened to a case that got no answer, and brings the gateway back for the next one. */
async function explainFailure(gateway: GatewayUnderTest, error: unknown, timeoutMs: number): Promise<string> {
  const exited = gateway.exitReason();
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const stalled = /timeout|aborted/i.test(message);
  if (exited || stalled) await gateway.restart();
  if (exited) return `the gateway process ${exited} during the call (it was started again)`;
  if (stalled) return `no answer within ${timeoutMs / 1000} s: the gateway's event loop was blocked (it was started again)`;
  return `the request failed: ${message.slice(0, 300)}`;
}

function preview(fuzzCase: FuzzCase): string {
  return previewJson(fuzzCase.action === 'reset' ? fuzzCase.body : fuzzCase.call);
}
