import type { JsonSchema } from '@envfleet/kit';

/**
 * The zod source of one tool argument, written so that the kit publishes exactly the catalog's JSON
 * Schema for it (pydantic's dialect): `Optional[T]` as an anyOf with null, `x: T = None` as
 * `defaultNull(T)`, integers of any size as `anyInteger()` (Python ints are unbounded).
 */
export function zodSourceForArgument(schema: JsonSchema, required: boolean, where: string): string {
  const hasDefault = Object.hasOwn(schema, 'default');
  const fallback = schema.default;
  if (Array.isArray(schema.anyOf)) {
    const branches = schema.anyOf as JsonSchema[];
    const nonNull = branches.filter((branch) => branch.type !== 'null');
    if (nonNull.length !== 1 || nonNull.length === branches.length) throw unsupported(where, schema);
    const base = `${zodSourceForType(nonNull[0] as JsonSchema, where)}.nullable()`;
    if (required) return base;
    return hasDefault ? `${base}.default(${literal(fallback)})` : `${base}.optional()`;
  }
  const base = zodSourceForType(schema, where);
  if (required) return base;
  if (!hasDefault) return `${base}.optional()`;
  return fallback === null ? `defaultNull(${base})` : `${base}.default(${literal(fallback)})`;
}

/** The zod source of a JSON Schema type without nullability or default. */
export function zodSourceForType(schema: JsonSchema, where: string): string {
  switch (schema.type) {
    case 'string':
      return 'z.string()';
    case 'integer':
      return 'anyInteger()';
    case 'number':
      return 'z.number()';
    case 'boolean':
      return 'z.boolean()';
    case 'array': {
      const items = schema.items as JsonSchema | undefined;
      const item = items && Object.keys(items).length > 0 ? zodSourceForType(items, `${where}[]`) : 'z.any()';
      return `z.array(${item})`;
    }
    case 'object': {
      if (schema.properties) throw unsupported(where, schema);
      const values = schema.additionalProperties;
      const value = values && typeof values === 'object' ? zodSourceForType(values as JsonSchema, `${where}{}`) : 'z.any()';
      return `z.record(z.string(), ${value})`;
    }
    default:
      throw unsupported(where, schema);
  }
}

function literal(value: unknown): string {
  return JSON.stringify(value);
}

function unsupported(where: string, schema: JsonSchema): Error {
  return new Error(`${where}: the scaffold cannot write zod for the schema ${JSON.stringify(schema)} yet; write it by hand`);
}

/** The zod object source of a whole tool input: one line per argument, in catalog order. */
export function zodSourceForInput(schema: JsonSchema, where: string): string {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const lines = Object.entries(properties).map(
    ([name, property]) => `    ${safeKey(name)}: ${zodSourceForArgument(property, required.has(name), `${where}.${name}`)},`,
  );
  return lines.length === 0 ? 'z.object({})' : `z.object({\n${lines.join('\n')}\n  })`;
}

function safeKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
