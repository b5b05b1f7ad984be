import { RESET, UNKNOWN_TOOL } from './generate/cases.js';

/** Where a case was sent: the in-process engine (every case), a real gateway over HTTP or MCP (a sample). */
export type PathName = 'engine' | 'http' | 'mcp';

/** What one case came to on one path. */
export interface CaseOutcome {
  server: string;
  tool: string;
  index: number;
  kind: string;
  note: string;
  path: PathName;
  /** Time of the call under test: the step (or the reset) itself, not the episode around it. */
  millis: number;
  /** `refused`: an error answer below 500 (bad request, not found, a limit); never a violation by itself. */
  answer: 'ok' | 'tool-error' | 'refused' | 'none';
  detail?: string;
  /** What went wrong, in words; empty for a case that passed. */
  violations: string[];
  /** The call's arguments (or reset body), abbreviated; set when there are violations. */
  preview?: string;
}

/** How to run one case again, alone. */
export function reproducer(seed: number, outcome: Pick<CaseOutcome, 'server' | 'tool' | 'index' | 'path'>): string {
  const tool = outcome.tool === UNKNOWN_TOOL ? 'unknown-tool' : outcome.tool === RESET ? 'reset' : outcome.tool;
  return `pnpm fuzz --seed ${seed} --env ${outcome.server} --tool ${tool} --case ${outcome.index} --paths ${outcome.path}`;
}

/** Statuses that refuse a request on purpose: every 4xx, and 507 for a capacity limit (live episodes, state bytes). */
export function isRefusalStatus(status: number): boolean {
  return (status >= 400 && status < 500) || status === 507;
}
