/**
 * Values found in an environment's demo world, by the name of the field that held them. A parameter
 * named `order_id` takes an `order_id` seen in the state, a `path` takes a key of the files map:
 * calls that name things that exist get past "not found" and into a tool's real logic.
 */
export interface StatePools {
  /** Primitive values by the key that held them (`order_id` → ["#W1", …]). */
  byKey: ReadonlyMap<string, readonly unknown[]>;
  /** Keys of maps of records (ids, paths, names): what id-like parameters usually mean. */
  mapKeys: readonly string[];
  strings: readonly string[];
  numbers: readonly number[];
}

const MAX_DEPTH = 12;
const PER_KEY = 24;
const PER_POOL = 400;
// Enough to name things, without walking every element of a large list.
const ITEMS_PER_CONTAINER = 60;

export function statePools(state: unknown): StatePools {
  const byKey = new Map<string, unknown[]>();
  const mapKeys = new Set<string>();
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const remember = (key: string, value: unknown) => {
    const list = byKey.get(key) ?? [];
    if (list.length < PER_KEY && !list.includes(value)) list.push(value);
    byKey.set(key, list);
    if (typeof value === 'string' && strings.size < PER_POOL) strings.add(value);
    if (typeof value === 'number' && numbers.size < PER_POOL) numbers.add(value);
  };
  const visit = (node: unknown, key: string, depth: number) => {
    if (node === null || typeof node !== 'object') {
      remember(key, node);
      return;
    }
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (const item of node.slice(0, ITEMS_PER_CONTAINER)) visit(item, key, depth + 1);
      return;
    }
    const entries = Object.entries(node).slice(0, ITEMS_PER_CONTAINER);
    for (const [childKey, value] of entries) {
      // A key whose value is a record is usually an id (`orders: {"#W1": {...}}`) or a path.
      if (depth > 0 && value !== null && typeof value === 'object' && mapKeys.size < PER_POOL) mapKeys.add(childKey);
      visit(value, childKey, depth + 1);
    }
  };
  visit(state, '', 0);
  return { byKey, mapKeys: [...mapKeys], strings: [...strings], numbers: [...numbers] };
}

/** What the state offers for a parameter called `name`, best matches first (may be empty). */
export function candidatesFor(pools: StatePools, name: string): unknown[] {
  const exact = pools.byKey.get(name) ?? [];
  const token = lastToken(name);
  const similar: unknown[] = [];
  for (const [key, values] of pools.byKey) if (key !== name && lastToken(key) === token) similar.push(...values);
  const idLike = /^(id|ids|path|paths|key|name|names|code|symbol|number|num|sku|zpid|domain|url)$/.test(token);
  return [...exact, ...similar, ...(idLike || exact.length + similar.length === 0 ? pools.mapKeys : [])];
}

function lastToken(name: string): string {
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\W]+/)
    .filter(Boolean);
  return parts[parts.length - 1] ?? name.toLowerCase();
}
