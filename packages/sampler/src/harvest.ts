import { canonicalName } from './names.js';

/** A value found in a result or a state, with the names an argument could know it by. */
export interface FoundValue {
  names: string[];
  /** A scalar, or a small record (a location, an address) that an object argument can take whole. */
  value: string | number | Record<string, unknown>;
  /**
   * The record that holds it, as a path (`/spreadsheets/s1`; a map key is at its entry's path):
   * values of one record, or of a record and those nested in it, belong together.
   */
  at: string;
  /** Named after the map it keys (`sheets: {"x": …}` gives a `sheet_id`): a guess, unlike a field's own name. */
  key?: true;
}

/** Bare field names that mean little without the entity they belong to (`id` of an order). */
const BARE = new Set([
  'id',
  'name',
  'title',
  'email',
  'code',
  'key',
  'number',
  'slug',
  'url',
  'date',
  'time',
  'status',
  'type',
  'symbol',
  'uuid',
]);

const MAX_DEPTH = 10;
const MAX_ITEMS = 30;
const MAX_TEXT = 200;
const MAX_RECORD_FIELDS = 8;
const MAX_RECORD_TEXT = 400;

/**
 * Every id-like scalar in a JSON value, and every small record, named by its field (`order_id`) and, for bare fields, by
 * the entity around it too (`orders[].id` is also `order_id`). Maps keyed by id (`{orders: {"o1":
 * {…}}}`) give their keys as that entity's id. Booleans, long texts and deep or long parts are left
 * out: they never identify anything and would only slow the walk.
 */
export function harvest(root: unknown, limit = 2000): FoundValue[] {
  const found: FoundValue[] = [];
  const seen = new Set<string>();
  // Where the walk stops: the whole limit, or the share of it the current top-level field may take.
  let stop = limit;
  const add = (names: string[], value: FoundValue['value'], at: string, fromKey = false) => {
    const unique = [...new Set(names.filter((name) => name.length > 0))];
    if (unique.length === 0 || found.length >= stop) return;
    const key = `${at}|${unique.join(',')}=${typeof value}:${typeof value === 'object' ? JSON.stringify(value) : value}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push(fromKey ? { names: unique, value, at, key: true } : { names: unique, value, at });
  };
  const visit = (
    node: unknown,
    key: string | undefined,
    owner: string | undefined,
    rawKey: string | undefined,
    depth: number,
    at: string,
    path: string,
  ) => {
    if (depth > MAX_DEPTH || found.length >= stop) return;
    if (typeof node === 'string' || typeof node === 'number') {
      if (typeof node === 'string' && (node.length === 0 || node.length > MAX_TEXT)) return;
      if (typeof node === 'number' && !Number.isFinite(node)) return;
      if (key === undefined) return;
      const names = [key];
      if (owner !== undefined && owner !== key) {
        if (BARE.has(key)) names.push(`${owner}_${key}`);
        // `name: {first}` is also a `first_name`, `address: {city}` a `city_address`.
        names.push(`${key}_${owner}`);
      }
      add(names, node, at);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.slice(0, MAX_ITEMS).forEach((item, index) => {
        visit(item, key, key ?? owner, rawKey, depth + 1, at, `${path}/${index}`);
      });
      return;
    }
    const entries = Object.entries(node);
    if (key !== undefined && isKeyedMap(entries, rawKey)) {
      for (const [id, value] of entries.slice(0, MAX_ITEMS)) {
        const entry = `${path}/${id}`;
        add(keyNames(key, id), id, entry, true);
        visit(value, key, key, undefined, depth + 1, entry, entry);
      }
      return;
    }
    if (key !== undefined && entries.length > 0 && entries.length <= MAX_RECORD_FIELDS && JSON.stringify(node).length <= MAX_RECORD_TEXT) {
      add([key], node as Record<string, unknown>, at);
    }
    // An object's scalars belong to it; the objects inside it are records of their own.
    for (const [field, value] of entries) visit(value, canonicalName(field), key ?? owner, field, depth + 1, path, `${path}/${field}`);
  };
  if (root !== null && typeof root === 'object' && !Array.isArray(root)) {
    // Each top-level collection gets its share of the limit (and what earlier ones left): walked
    // depth first under one limit, a large catalog read first would leave no room for the orders
    // and users after it, and every argument naming those would be filled with a guess.
    const members = Object.entries(root);
    members.forEach(([field, value], index) => {
      stop = found.length + Math.ceil((limit - found.length) / (members.length - index));
      visit(value, canonicalName(field), undefined, field, 1, '', `/${field}`);
    });
  } else {
    visit(root, undefined, undefined, undefined, 0, '', '');
  }
  return found;
}

/** What the key of a map of `entity` records may be called: its id, its name, its path, its address. */
function keyNames(entity: string, id: string): string[] {
  const names = [`${entity}_id`, entity, `${entity}_name`, `${entity}_key`];
  if (id.includes('/')) names.push(`${entity}_path`, 'path');
  if (id.includes('@')) names.push(`${entity}_email`, 'email');
  return names;
}

/**
 * A map from ids to records rather than a record of fields: a plural name whose values are all
 * records or lists (`orders: {"o1": {…}}`), or keys that are no field names (digits, dashes, dots).
 */
function isKeyedMap(entries: [string, unknown][], rawKey: string | undefined): boolean {
  if (entries.length === 0) return false;
  // Records, or lists of records filed under their owner's id (`sheets: {"s1": [{…}, …]}`).
  if (!entries.every(([, value]) => value !== null && typeof value === 'object')) return false;
  const plural = rawKey !== undefined && /s$/i.test(rawKey);
  const idLike = entries.every(([id]) => /\d|[-.@:]/.test(id));
  return plural || idLike;
}
