import { ToolError, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

/** BFCL's DEFAULT_STATE for MessageAPI: what a key absent from initial_config falls back to. */
const DEFAULT_USER_MAP = { Alice: 'USR001', Bob: 'USR002', Catherine: 'USR003', Daniel: 'USR004' };
const DEFAULT_INBOX = [
  { USR002: 'My name is Alice. I want to connect.' },
  { USR003: 'Could you upload the file?' },
  { USR004: 'Could you upload the file?' },
];
const DEFAULT_SEED = 200191;

export const scenarioSchema = z
  .object({
    /** Message ids drawn so far (a set in BFCL; kept sorted ascending here). */
    generated_ids: z.array(z.number().int()).default([]),
    user_count: z.number().int().default(4),
    user_map: z.record(z.string(), z.string()).default(() => ({ ...DEFAULT_USER_MAP })),
    /**
     * Sent messages, oldest first: `{receiver_id: text}` each. BFCL's own configs also hold lists
     * or objects as the text, and entries with several keys; BFCL reads the first key, and so do we.
     */
    inbox: z.array(z.record(z.string(), z.unknown())).default(() => DEFAULT_INBOX.map((message) => ({ ...message }))),
    message_count: z.number().int().default(3),
    current_user: z.string().nullable().default(null),
    /** BFCL's `random_seed` scenario key: seeds the message-id generator; moved to `_random_seed` at load. */
    random_seed: z.number().int().optional(),
    _random_seed: z.number().int().default(DEFAULT_SEED),
    /** How many ids the generator has drawn, so the next draw continues the same sequence. */
    _random_draws: z.number().int().nonnegative().default(0),
  })
  .overwrite(({ random_seed, ...state }) => ({
    ...state,
    _random_seed: random_seed ?? state._random_seed,
    generated_ids: [...new Set(state.generated_ids)].sort((a, b) => a - b),
  }));

export type BfclMessageApiState = z.output<typeof scenarioSchema>;

export const defineMessageTool = toolsFor<BfclMessageApiState>();

export const NOT_LOGGED_IN = { error: 'No user is currently logged in.' } as const;

/** The receiver and content of one inbox entry: its first pair, as BFCL's `list(message.items())[0]`. */
export function messageParts(message: Record<string, unknown>): [string, unknown] {
  const [receiver] = Object.keys(message);
  // BFCL indexes an empty list of items here and raises.
  if (receiver === undefined) throw new ToolError('list index out of range');
  return [receiver, message[receiver]];
}

/** Python's type name of a JSON value, for the AttributeError texts BFCL raises. */
export function pythonTypeName(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'dict';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  return 'str';
}

/** Python's == on JSON values (1 == 1.0; dict order ignored). */
export function pythonJsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => pythonJsonEqual(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && pythonJsonEqual(left[key], right[key]))
  );
}
