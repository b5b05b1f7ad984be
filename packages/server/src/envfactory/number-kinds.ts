import type { JsonSchema } from '@envfleet/kit';

/**
 * Which whole numbers of a value the reference held as Python floats. JSON (and so the fleet) keeps
 * no difference between `10` and `10.0`, but FastMCP's text does, so the EnvFactory endpoint asks
 * the scenario's JSON Schema: a `type: number` field is a pydantic `float`, a `type: integer` one an
 * `int`. A lens follows a value down, key by key, and says for the number it stands on.
 */
export interface NumberLens {
  /** Whether a number here is a float in the reference (so `10` prints `10.0`). */
  readonly float: boolean;
  child(key: string | number): NumberLens;
}

/** Nothing known: numbers print as they are. */
export const PLAIN: NumberLens = { float: false, child: () => PLAIN };

/**
 * A lens on a value shaped like (part of) the scenario: the state save_scenario returns. Where the
 * schema says nothing (free-form fields, unknown keys) it hands over to `fallback`.
 */
export function schemaLens(root: JsonSchema, fallback: NumberLens = PLAIN): NumberLens {
  return new SchemaLens(root, alternatives(root, root), fallback);
}

/**
 * A lens on a tool's result. The reference declares no output schema worth reading (its tools
 * return `dict`), so a result is read against the scenario by its keys: a key the scenario uses
 * with one meaning (`total_amount`, `price`, `orders`) is read with that field's schema, wherever
 * in the result it appears; a whole number under any other key stays an int.
 */
export function resultLens(root: JsonSchema): NumberLens {
  const byKey = new Map<string, JsonSchema[]>();
  collectProperties(root, root, byKey, new Set());
  const index = new Map<string, NumberLens>();
  const lens: NumberLens = { float: false, child: (key) => (typeof key === 'string' && index.get(key)) || lens };
  for (const [key, schemas] of byKey) {
    const distinct = [...new Map(schemas.map((schema) => [JSON.stringify(schema), schema])).values()];
    const [only] = distinct;
    if (distinct.length === 1 && only) index.set(key, new SchemaLens(root, alternatives(root, only), lens));
    else if (distinct.every((schema) => numberKind(root, schema) === 'float')) index.set(key, FLOAT);
  }
  return lens;
}

const FLOAT: NumberLens = { float: true, child: () => PLAIN };

class SchemaLens implements NumberLens {
  readonly float: boolean;
  // Children are built once: a record's or a list's members all share one (states hold thousands).
  readonly #named = new Map<string | number, NumberLens>();
  #rest: SchemaLens | null | undefined;

  constructor(
    readonly root: JsonSchema,
    readonly nodes: JsonSchema[],
    readonly fallback: NumberLens,
  ) {
    const types = nodes.flatMap(typesOf);
    this.float = types.includes('number') && !types.includes('integer');
  }

  child(key: string | number): NumberLens {
    const named = this.#named.get(key);
    if (named) return named;
    if (!this.#hasOwnSchema(key)) {
      if (this.#rest === undefined) this.#rest = this.#build(key);
      return this.#rest ?? this.fallback.child(key);
    }
    const lens = this.#build(key) ?? this.fallback.child(key);
    this.#named.set(key, lens);
    return lens;
  }

  /** Whether `key` has a schema of its own (a named property, a tuple position), not the shared one. */
  #hasOwnSchema(key: string | number): boolean {
    return this.nodes.some((node) =>
      typeof key === 'number'
        ? Array.isArray(node.prefixItems) && key < node.prefixItems.length
        : Object.hasOwn((node.properties ?? {}) as object, key),
    );
  }

  #build(key: string | number): SchemaLens | null {
    const next = this.nodes.flatMap((node) => {
      const schema = typeof key === 'number' ? itemSchema(node, key) : propertySchema(node, key);
      return schema ? alternatives(this.root, schema) : [];
    });
    // A free-form part (`{}`, `additionalProperties: true`) says nothing about its numbers.
    return next.length > 0 && next.some((node) => typesOf(node).length > 0) ? new SchemaLens(this.root, next, this.fallback) : null;
  }
}

function propertySchema(node: JsonSchema, key: string): JsonSchema | undefined {
  const properties = node.properties as Record<string, JsonSchema> | undefined;
  if (properties && Object.hasOwn(properties, key)) return properties[key];
  const extra = node.additionalProperties;
  return extra && typeof extra === 'object' ? (extra as JsonSchema) : undefined;
}

function itemSchema(node: JsonSchema, index: number): JsonSchema | undefined {
  const prefix = node.prefixItems as JsonSchema[] | undefined;
  if (prefix && index < prefix.length) return prefix[index];
  const items = node.items;
  return items && typeof items === 'object' && !Array.isArray(items) ? (items as JsonSchema) : undefined;
}

function typesOf(node: JsonSchema): string[] {
  if (typeof node.type === 'string') return [node.type];
  return Array.isArray(node.type) ? (node.type as string[]) : [];
}

/** The schemas a value under `node` may match: references followed, unions spread out. */
function alternatives(root: JsonSchema, node: JsonSchema, seen = new Set<JsonSchema>()): JsonSchema[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const target = typeof node.$ref === 'string' ? resolveRef(root, node.$ref) : undefined;
  if (target) return alternatives(root, target, seen);
  const union = [node.anyOf, node.oneOf, node.allOf].find(Array.isArray) as JsonSchema[] | undefined;
  if (union) return union.flatMap((branch) => alternatives(root, branch, seen));
  return [node];
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (ref === '#') return root;
  const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(ref);
  const defs = match ? (root[match[1] as string] as Record<string, JsonSchema> | undefined) : undefined;
  return match && defs ? defs[match[2] as string] : undefined;
}

function numberKind(root: JsonSchema, schema: JsonSchema): 'float' | 'other' {
  const types = alternatives(root, schema).flatMap(typesOf);
  return types.includes('number') && !types.includes('integer') ? 'float' : 'other';
}

/** Every named property anywhere in the schema, with each schema it is declared with. */
function collectProperties(root: JsonSchema, node: JsonSchema, out: Map<string, JsonSchema[]>, seen: Set<JsonSchema>): void {
  for (const branch of alternatives(root, node)) {
    if (seen.has(branch)) continue;
    seen.add(branch);
    const properties = (branch.properties ?? {}) as Record<string, JsonSchema>;
    for (const [key, schema] of Object.entries(properties)) {
      out.set(key, [...(out.get(key) ?? []), schema]);
      collectProperties(root, schema, out, seen);
    }
    const nested = [branch.additionalProperties, branch.items, ...((branch.prefixItems as unknown[] | undefined) ?? [])];
    for (const schema of nested) {
      if (schema && typeof schema === 'object' && !Array.isArray(schema)) collectProperties(root, schema as JsonSchema, out, seen);
    }
  }
}

/** The JSON types the scenario schema allows at `path` (empty where it says nothing). */
export function schemaTypesAt(root: JsonSchema, path: readonly (string | number)[]): string[] {
  let lens: NumberLens = schemaLens(root);
  for (const key of path) lens = lens.child(key);
  return lens instanceof SchemaLens ? lens.nodes.flatMap(typesOf) : [];
}
