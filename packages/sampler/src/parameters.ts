import type { JsonSchema } from '@envfleet/kit';
import { canonicalName } from './names.js';

export type ValueKind = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'any';

/** One argument of a tool, as much of its JSON Schema as filling it needs. */
export interface Parameter {
  name: string;
  /** The name in its comparable form (names.ts). */
  canonical: string;
  required: boolean;
  kind: ValueKind;
  /** For arrays: the kind of the items. */
  itemKind?: ValueKind;
  enum?: readonly unknown[];
  default?: unknown;
  nullable: boolean;
}

type Schema = Record<string, unknown>;

/** The arguments a tool's input schema declares, in the schema's order. */
export function parametersOf(schema: JsonSchema): Parameter[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { branch, nullable } = nonNullBranch(property);
    const parameter: Parameter = { name, canonical: canonicalName(name), required: required.has(name), kind: kindOf(branch), nullable };
    if (parameter.kind === 'array') parameter.itemKind = kindOf(nonNullBranch((branch.items ?? {}) as Schema).branch);
    const values = Array.isArray(branch.enum) ? branch.enum : branch.const !== undefined ? [branch.const] : undefined;
    if (values) parameter.enum = values;
    if ('default' in property) parameter.default = property.default;
    return parameter;
  });
}

function nonNullBranch(schema: Schema): { branch: Schema; nullable: boolean } {
  const options = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(options)) {
    const nullable = options.some((option) => option.type === 'null');
    const branch = options.find((option) => option.type !== 'null') ?? {};
    return { branch: { ...branch, ...(schema.enum ? { enum: schema.enum } : {}) }, nullable };
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type as string[];
    return { branch: { ...schema, type: types.find((type) => type !== 'null') }, nullable: types.includes('null') };
  }
  return { branch: schema, nullable: false };
}

function kindOf(schema: Schema): ValueKind {
  switch (schema.type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
      return schema.type;
    default:
      if (Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === 'string')) return 'string';
      return 'any';
  }
}

/** Whether a value found in a result or the state may stand for an argument of this kind. */
export function fitsKind(kind: ValueKind, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
    case 'integer':
      return Number.isInteger(value) || (typeof value === 'string' && /^-?\d{1,15}$/.test(value));
    case 'number':
      return typeof value === 'number';
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'any':
      return typeof value === 'string' || typeof value === 'number';
    default:
      return false;
  }
}

/** The value converted to the argument's kind (an integer id where a string is asked is its text). */
export function asKind(kind: ValueKind, value: unknown): unknown {
  if (kind === 'string' && typeof value === 'number') return String(value);
  if (kind === 'integer' && typeof value === 'string') return Number.parseInt(value, 10);
  return value;
}
