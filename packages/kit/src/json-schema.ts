import { z } from 'zod';

/** A JSON Schema object as MCP clients receive it. */
export type JsonSchema = { [key: string]: unknown };

/**
 * The JSON Schema of a zod object (a tool's arguments, or a scenario) as clients see it, in the dialect the reference's MCP server
 * (pydantic) publishes: nullable types as `anyOf [..., {type: null}]`, free-form objects as
 * `additionalProperties: true`, no zod-only bounds. Computed once per tool, at definition time.
 */
export function argumentsJsonSchema(input: z.ZodObject): JsonSchema {
  const raw = z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const { $schema: _dialect, ...schema } = raw;
  const normalized = normalize(schema) as JsonSchema;
  if (!normalized.properties) normalized.properties = {};
  return normalized;
}

const SAFE_INTEGER_BOUND = Number.MAX_SAFE_INTEGER;

function normalize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalize);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key === 'propertyNames') continue;
    if ((key === 'minimum' && value === -SAFE_INTEGER_BOUND) || (key === 'maximum' && value === SAFE_INTEGER_BOUND)) continue;
    if (key === 'additionalProperties' && value && typeof value === 'object' && Object.keys(value).length === 0) {
      out[key] = true;
      continue;
    }
    out[key] = normalize(value);
  }
  // zod writes a nullable primitive as `type: [T, "null"]`; pydantic as an anyOf.
  if (Array.isArray(out.type)) {
    const types = out.type as string[];
    delete out.type;
    const rest = { ...out };
    for (const k of Object.keys(out)) if (k !== 'default' && k !== 'description') delete out[k];
    const branches = types.map((t) => (t === 'null' ? { type: 'null' } : { ...stripAnnotations(rest), type: t }));
    out.anyOf = branches;
  }
  return out;
}

function stripAnnotations(schema: JsonSchema): JsonSchema {
  const { default: _d, description: _desc, ...rest } = schema;
  return rest;
}
