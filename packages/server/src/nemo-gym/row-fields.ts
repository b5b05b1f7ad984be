import { evaluateRequest, resetRequest } from '@envfleet/contract';
import { describeIssues, EpisodeError } from '@envfleet/episodes';
import { z } from 'zod';

/**
 * The key of a NeMo Gym task row that tells the fleet where a session's episode starts and how it
 * is scored. NeMo Gym sends the whole row to `/seed_session` and again (plus `response`) to
 * `/verify` (`simple_agent/app.py`: `body.model_dump()`), and its row models allow extra keys, so
 * one namespaced key carries both halves without touching the fields NeMo Gym itself reads.
 */
export const ROW_FIELD = 'envfleet';

const resetFields = resetRequest.pick({ taskId: true, scenario: true, presets: true, seed: true, ttlSeconds: true });

/** Strict: a misspelt field would otherwise start the wrong world or score against nothing, silently. */
const rowFields = z.strictObject({ ...resetFields.shape, ...evaluateRequest.shape });

export type RowFields = z.output<typeof rowFields>;

/** Where the episode starts: the reset fields of the row (everything else is for verify). */
export type SeedFields = Pick<RowFields, 'taskId' | 'scenario' | 'presets' | 'seed' | 'ttlSeconds'>;

/** How the episode is scored: the evaluate fields of the row. */
export type VerifyFields = Omit<RowFields, keyof SeedFields>;

/**
 * Reads the `envfleet` field of a row sent to `route`. The body must be the row, a JSON object; a
 * row without the field is the servers' default worlds, scored only by what verify is told.
 */
export function readRowFields(body: unknown, route: string): RowFields {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new EpisodeError(
      'bad_request',
      `The body of ${route} is the task row, a JSON object (NeMo Gym sends {"responses_create_params": …, …})`,
    );
  }
  const parsed = rowFields.safeParse((body as Record<string, unknown>)[ROW_FIELD] ?? {});
  if (parsed.success) return parsed.data;
  const issues = describeIssues(parsed.error).map((issue) => `${ROW_FIELD}.${issue}`);
  throw new EpisodeError('bad_request', `Invalid "${ROW_FIELD}" field in the row — ${issues.join('; ')}`, issues);
}

/** The fields that are defined, so that a reset or evaluate body carries no explicit `undefined`. */
export function definedFields<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export function seedFields(fields: RowFields): SeedFields {
  const { taskId, scenario, presets, seed, ttlSeconds } = fields;
  return definedFields({ taskId, scenario, presets, seed, ttlSeconds });
}

export function verifyFields(fields: RowFields): VerifyFields {
  const { taskId: _t, scenario: _s, presets: _p, seed: _e, ttlSeconds: _l, ...verify } = fields;
  return definedFields(verify);
}
