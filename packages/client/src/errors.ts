import type { BatchAnswers, BatchOp, BatchOutcome, BatchProblem, ProblemDetails } from './types.js';

/**
 * A request the server refused or could not answer. `status`, `title`, `detail` and `issues` come
 * from the problem+json body, so code can branch on `status` (400 bad input, 404 unknown
 * episode/server/snapshot, 409 conflict, 413 too large, 429 limit) and show `issues` to a person.
 * `status` is 0 when no HTTP answer came back at all (server down, wrong URL, aborted).
 */
export class EnvfleetError extends Error {
  override readonly name = 'EnvfleetError';
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** For a 400: what is wrong with the body, one line per field (`calls: send at least one call`). */
  readonly issues: string[];
  /** The request that failed, e.g. `POST /v1/episodes/ep_…/step`. */
  readonly request: string;
  /** For a refusal by a limit (413, 429, 507): the server's setting that sets it, and its value (docs/limits.md). */
  readonly setting: string | undefined;
  readonly limit: number | undefined;
  /**
   * Whether the answer was JSON, as an envfleet server's always is. False when no answer came back
   * (status 0) or something else answered: a proxy's HTML error page, a server of another kind.
   */
  readonly answeredJson: boolean;

  constructor(request: string, problem: ProblemDetails, options?: { cause?: unknown; answeredJson?: boolean }) {
    super(`${request} failed: ${problem.status ? `${problem.status} ` : ''}${problem.title} — ${problem.detail}`, options);
    this.request = request;
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.issues = problem.issues ?? [];
    this.setting = problem.setting;
    this.limit = problem.limit;
    this.answeredJson = options?.answeredJson ?? problem.status !== 0;
  }
}

/** True when a batch op failed: its body is then a problem, not an answer. */
export function isBatchProblem<Outcome extends BatchOutcome>(outcome: Outcome): outcome is Outcome & { body: BatchProblem } {
  return outcome.status >= 400;
}

/**
 * The answer of one batch op, or an EnvfleetError when that op failed — so a worker can treat an op
 * of a batch like the request it stands for. `label` names the op in the error message.
 */
export function batchAnswer<Op extends BatchOp['op']>(outcome: BatchOutcome<Op>, label = 'POST /v1/batch op'): BatchAnswers[Op] {
  if (!isBatchProblem(outcome)) return outcome.body as BatchAnswers[Op];
  const { status, title, detail, issues } = outcome.body;
  throw new EnvfleetError(label, { status, title: title ?? STATUS_TITLES[status] ?? 'Error', detail, ...(issues ? { issues } : {}) });
}

// Servers before the batch answered whole problems sent `{status, detail, issues?}` without a title.
const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};
