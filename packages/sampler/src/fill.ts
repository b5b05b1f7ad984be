import { isGenericName, nameFit, words } from './names.js';
import { asKind, fitsKind, type Parameter, type ValueKind } from './parameters.js';
import { isStateSource, type PooledValue, type ValuePool } from './pool.js';

/** A source of numbers in [0, 1): the kit's `seededGenerator(seed, stream)`. */
export type Random = () => number;

/** Where one argument's value came from, when it came from something the chain saw. */
export interface ArgumentSource {
  argument: string;
  from: string;
  field: string;
}

export interface FilledArguments {
  arguments: Record<string, unknown>;
  sources: ArgumentSource[];
}

/** What filling needs to know of a tool. */
export interface FillableTool {
  /** The tool's own name (`get_order`), whose words name the entity a bare `id` is about. */
  tool: string;
  parameters: readonly Parameter[];
}

const OPTIONAL_SHARE = 0.3;

/**
 * Arguments for one call: each required one (and now and then an optional one) from a value the
 * chain has seen under a fitting name, results of earlier calls first, else the state; an argument
 * nothing fits gets a value of its kind (its enum, its default, a date or an address seen anywhere,
 * a word of a name for a query), so the call still reaches the environment's rules.
 */
export function fillArguments(target: FillableTool, pool: ValuePool, random: Random): FilledArguments {
  const subject = words(target.tool);
  const args: Record<string, unknown> = {};
  const sources: ArgumentSource[] = [];
  // Records the arguments so far came from: the next ones prefer values of the same record.
  const anchors: Anchor[] = [];
  for (const parameter of target.parameters) {
    // Generic names say nothing of a scalar, but a record of that name is the shape the argument wants.
    const generic = isGenericName(parameter.canonical) && kindOf(parameter) !== 'object';
    const candidates = generic ? [] : together(candidatesFor(parameter, pool, subject), anchors);
    if (!parameter.required && (candidates.length === 0 || random() >= OPTIONAL_SHARE)) continue;
    if (parameter.enum && parameter.enum.length > 0) {
      const fromPool = candidates.filter((candidate) => parameter.enum?.includes(candidate.value.value));
      args[parameter.name] = fromPool.length > 0 ? pickWeighted(fromPool, random).value.value : pick(parameter.enum, random);
      continue;
    }
    if (candidates.length > 0) {
      const chosen = pickWeighted(preferResults(candidates, random), random);
      const kind = (parameter.kind === 'array' ? parameter.itemKind : parameter.kind) ?? 'any';
      const value = asKind(kind, chosen.value.value);
      args[parameter.name] = parameter.kind === 'array' ? [value] : value;
      sources.push({ argument: parameter.name, from: chosen.value.from, field: chosen.field });
      if (typeof chosen.value.value !== 'object') anchors.push({ at: chosen.value.at, value: String(chosen.value.value) });
      continue;
    }
    args[parameter.name] = fallbackValue(parameter, pool, random);
  }
  return { arguments: args, sources };
}

/** How often an argument a result of the chain can fill takes it over a value of the state. */
const RESULT_SHARE = 0.85;

/**
 * The candidates from earlier results, most of the time, when there are any: a state holds many more
 * ids than one result, so by weight alone the state would fill most arguments and the chain would
 * not be a chain (a user's orders read, then another user's order changed).
 */
function preferResults(candidates: Candidate[], random: Random): Candidate[] {
  const fromResults = candidates.filter((candidate) => !isStateSource(candidate.value.from));
  return fromResults.length > 0 && fromResults.length < candidates.length && random() < RESULT_SHARE ? fromResults : candidates;
}

interface Candidate {
  value: PooledValue;
  field: string;
  weight: number;
}

function kindOf(parameter: Parameter): ValueKind {
  return parameter.kind === 'array' ? (parameter.itemKind ?? 'any') : parameter.kind;
}

function candidatesFor(parameter: Parameter, pool: ValuePool, subject: readonly string[]): Candidate[] {
  const kind = kindOf(parameter);
  if (kind === 'boolean' || kind === 'array') return [];
  const candidates: Candidate[] = [];
  for (const value of pool.values) {
    if (!fitsKind(kind, value.value)) continue;
    let best = 0;
    let field = '';
    for (const name of value.names) {
      const fit = nameFit(parameter.canonical, name, subject);
      if (fit > best) {
        best = fit;
        field = name;
      }
    }
    if (best === 0) continue;
    // A map's key named after the map, that elsewhere is a field of another name (the sheets of a
    // spreadsheet keyed by its spreadsheet_id): the guessed name is wrong.
    const misnamed = value.key === true && mislabelled(pool.fieldNamesOf(value.value), parameter.canonical, subject);
    // Results of the chain's own calls first, the latest most: that is what makes it a chain.
    const recency = isStateSource(value.from) ? 1 : 4 + value.order;
    if (!misnamed) candidates.push({ value, field, weight: best * recency });
  }
  return candidates;
}

function mislabelled(fieldNames: ReadonlySet<string>, argument: string, subject: readonly string[]): boolean {
  if (fieldNames.size === 0) return false;
  for (const name of fieldNames) if (nameFit(argument, name, subject) > 0) return false;
  return true;
}

const TOGETHER = 12;

/** A value an earlier argument took, and the record it came from. */
interface Anchor {
  at: string;
  value: string;
}

/**
 * A sheet of the spreadsheet already chosen, not of another: values in, above or under an earlier
 * argument's record weigh more, and so do values filed under that argument's value (`sheets/{id}/…`).
 */
function together(candidates: Candidate[], anchors: readonly Anchor[]): Candidate[] {
  if (anchors.length === 0) return candidates;
  return candidates.map((candidate) =>
    anchors.some((anchor) => related(anchor, candidate.value.at)) ? { ...candidate, weight: candidate.weight * TOGETHER } : candidate,
  );
}

function related(anchor: Anchor, at: string): boolean {
  if (anchor.at.includes('/') && (anchor.at === at || at.startsWith(`${anchor.at}/`) || anchor.at.startsWith(`${at}/`))) return true;
  return at.includes(`/${anchor.value}/`) || at.endsWith(`/${anchor.value}`);
}

function fallbackValue(parameter: Parameter, pool: ValuePool, random: Random): unknown {
  if (parameter.default !== undefined && parameter.default !== null) return parameter.default;
  switch (parameter.kind) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return random() < 0.5;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return textLike(parameter.canonical, pool, random);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}/;
const QUERY_WORDS = new Set(['query', 'q', 'keyword', 'search', 'term', 'text', 'name', 'title', 'topic', 'prompt']);

/** A text for an argument nothing in the chain is named like, shaped by what its name says it is. */
function textLike(canonical: string, pool: ValuePool, random: Random): string {
  const parts = canonical.split('_');
  const strings = pool.values.filter((value): value is PooledValue & { value: string } => typeof value.value === 'string');
  if (parts.includes('email')) {
    const emails = strings.filter((value) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.value));
    return emails.length > 0 ? pick(emails, random).value : 'someone@example.com';
  }
  if (parts.some((part) => part === 'date' || part === 'time' || part === 'at' || part === 'start' || part === 'end')) {
    const dates = strings.filter((value) => DATE.test(value.value));
    if (dates.length > 0) {
      const date = pick(dates, random).value;
      return parts.includes('date') && !parts.includes('time') ? date.slice(0, 10) : date;
    }
    return parts.includes('date') ? '2025-01-01' : '2025-01-01T09:00:00';
  }
  if (parts.some((part) => QUERY_WORDS.has(part))) {
    // Words people type (a title, a person's name), not handles such as `wei_zhang_1187`.
    const named = strings.filter(
      (value) => value.names.some((name) => /(^|_)(name|title)$/.test(name)) && /^[\p{L}][\p{L} '&-]*$/u.test(value.value),
    );
    if (named.length > 0) {
      const word = pick(named, random)
        .value.split(/\s+/)
        .find((piece) => piece.length >= 3);
      if (word) return word;
    }
  }
  // Something the environment knows under a name sharing a word, else a plain word.
  const related = strings.filter((value) => value.names.some((name) => name.split('_').some((part) => parts.includes(part))));
  return related.length > 0 ? pick(related, random).value : 'sample';
}

export function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pickWeighted<T extends { weight: number }>(items: readonly T[], random: Random): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = random() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return items.at(-1) as T;
}
