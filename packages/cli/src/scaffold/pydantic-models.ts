import { camelCase } from './names.js';
import { readPythonLiteral } from './python-literal.js';

/**
 * Reads the pydantic models of a reference server (`class X(BaseModel):` with annotated fields) and
 * writes them as zod: the scenario skeleton of a new environment. It reads the common shapes —
 * str/int/float/bool/Any, Optional, List, Dict, Literal, Union, nested models, literal defaults and
 * dict/list factories — and marks anything else with a TODO rather than guessing.
 */
export interface ModelField {
  name: string;
  zod: string;
  notes: string[];
}
export interface Model {
  name: string;
  fields: ModelField[];
}

export function readModels(python: string): Model[] {
  const models: Model[] = [];
  const lines = python.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = /^class (\w+)\((?:BaseModel|[\w.]*Model)\):/.exec(lines[i] ?? '');
    if (!header) continue;
    const body: string[] = [];
    for (i++; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (line.trim() !== '' && !/^\s/.test(line)) break;
      body.push(line);
    }
    i--;
    const known = new Set(models.map((model) => model.name));
    models.push({ name: header[1] as string, fields: statements(body).flatMap((statement) => field(statement, known) ?? []) });
  }
  return models;
}

/** Joins continuation lines until brackets balance; drops docstrings, comments, decorators and methods. */
function statements(body: string[]): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  let inMethod = false;
  let inDocstring = false;
  for (const line of body) {
    const trimmed = line.trim();
    if (inDocstring) {
      if (trimmed.includes('"""') || trimmed.includes("'''")) inDocstring = false;
      continue;
    }
    if (depth === 0) {
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      // Fields sit at the class body's own indentation; anything deeper belongs to a method.
      const atBodyLevel = /^(?: {4}|\t)\S/.test(line);
      if (atBodyLevel) inMethod = /^(?:def |async def |@|class )/.test(trimmed);
      if (inMethod || !atBodyLevel) continue;
      const quote = trimmed.startsWith('"""') ? '"""' : trimmed.startsWith("'''") ? "'''" : undefined;
      if (quote) {
        inDocstring = trimmed.split(quote).length === 2;
        continue;
      }
    }
    current += `${line}\n`;
    depth += bracketBalance(line);
    if (depth <= 0) {
      out.push(current.trim());
      current = '';
      depth = 0;
    }
  }
  return out;
}

function bracketBalance(line: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') break;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
  }
  return depth;
}

function field(statement: string, known: Set<string>): ModelField | undefined {
  const head = /^(\w+)\s*:\s*/.exec(statement);
  if (!head || head[1] === 'model_config') return undefined;
  const rest = statement.slice(head[0].length);
  const split = topLevelIndex(rest, '=');
  const annotation = (split < 0 ? rest : rest.slice(0, split)).trim();
  const assigned = split < 0 ? undefined : rest.slice(split + 1).trim();
  const notes: string[] = [];
  const type = zodForAnnotation(annotation, known, notes);
  const constraints: Constraint[] = [];
  const fallback = assigned === undefined ? { kind: 'required' as const } : readDefault(assigned, notes, constraints);
  let zod = withConstraints(type.source, constraints, notes);
  if (fallback.kind === 'value') {
    if (fallback.value === null && !type.nullable) zod += '.nullable()';
    zod += `.default(${defaultSource(fallback.value)})`;
  } else if (fallback.kind === 'todo') {
    zod += `.default(${type.empty})`;
  }
  return { name: head[1] as string, zod, notes };
}

type Default = { kind: 'required' } | { kind: 'value'; value: unknown } | { kind: 'todo' };

type Constraint = [name: string, value: string];

// Bounds and patterns the scaffold can write as zod; what it cannot is left as a note.
const NUMBER_BOUNDS: Record<string, string> = { ge: 'min', le: 'max', gt: 'gt', lt: 'lt' };

function withConstraints(source: string, constraints: Constraint[], notes: string[]): string {
  // A nullable type takes its checks before `.nullable()`.
  const suffix = source.endsWith('.nullable()') ? '.nullable()' : '';
  let base = suffix ? source.slice(0, -suffix.length) : source;
  const numeric = /^(?:z\.int\(\)|z\.number\(\))$/.test(base);
  for (const [name, value] of constraints) {
    const method = NUMBER_BOUNDS[name];
    if (method && numeric && /^-?\d+(?:\.\d+)?$/.test(value)) base += `.${method}(${value})`;
    else if (name === 'pattern' && base === 'z.string()' && regexLiteral(value)) base += `.regex(${regexLiteral(value)})`;
    else notes.push(`reference: ${name}=${value}`);
  }
  return base + suffix;
}

/**
 * A Python raw-string pattern as a JavaScript regex literal. pydantic's validator reads \d as any
 * Unicode decimal digit, hence \p{Nd} and the u flag; a pattern JavaScript cannot read is left out.
 */
function regexLiteral(python: string): string | undefined {
  const body = /^r?(["'])(.*)\1$/s.exec(python.trim())?.[2];
  if (body === undefined) return undefined;
  const translated = body.replaceAll('\\d', '\\p{Nd}').replaceAll('/', '\\/');
  try {
    new RegExp(translated, 'u');
  } catch {
    return undefined;
  }
  return `/${translated}/u`;
}

function readDefault(source: string, notes: string[], constraints: Constraint[]): Default {
  if (!source.startsWith('Field(')) return literalDefault(source, notes);
  const args = topLevelSplit(source.slice('Field('.length, source.lastIndexOf(')')), ',');
  const named = new Map<string, string>();
  let positional: string | undefined;
  for (const arg of args) {
    const eq = topLevelIndex(arg, '=');
    if (eq < 0) positional ??= arg.trim();
    else named.set(arg.slice(0, eq).trim(), arg.slice(eq + 1).trim());
  }
  for (const constraint of ['pattern', 'ge', 'gt', 'le', 'lt', 'min_length', 'max_length']) {
    const value = named.get(constraint);
    if (value !== undefined) constraints.push([constraint, value]);
  }
  const factory = named.get('default_factory');
  if (factory === 'dict') return { kind: 'value', value: {} };
  if (factory === 'list') return { kind: 'value', value: [] };
  if (factory?.startsWith('lambda')) return literalDefault(factory.replace(/^lambda\s*:/, '').trim(), notes);
  if (factory !== undefined) {
    notes.push(`TODO: the reference builds this default with ${factory}(); write that default world here`);
    return { kind: 'todo' };
  }
  const value = named.get('default') ?? positional;
  if (value === undefined || value === '...') return { kind: 'required' };
  return literalDefault(value, notes);
}

function literalDefault(source: string, notes: string[]): Default {
  const read = readPythonLiteral(source);
  if (read) return { kind: 'value', value: read.value };
  notes.push(`TODO: the reference's default is \`${source.split('\n')[0]?.slice(0, 80)}\`; write it here`);
  return { kind: 'todo' };
}

// Literal defaults go in as factories so that large default worlds are not shared objects in the source.
function defaultSource(value: unknown): string {
  if (value !== null && typeof value === 'object') return `() => (${JSON.stringify(value)})`;
  return JSON.stringify(value);
}

interface ZodType {
  source: string;
  nullable: boolean;
  /** A value of this type to stand in where the default must still be written. */
  empty: string;
}

function zodForAnnotation(annotation: string, known: Set<string>, notes: string[]): ZodType {
  const text = annotation.replace(/\s+/g, ' ').trim();
  const generic = /^([\w.]+)\s*\[(.*)\]$/s.exec(text);
  const name = (generic?.[1] ?? text).replace(/^typing\./, '');
  const args = generic ? topLevelSplit(generic[2] as string, ',').map((arg) => arg.trim()) : [];
  const plain = (source: string, empty = 'undefined as never'): ZodType => ({ source, nullable: false, empty });
  switch (name) {
    case 'str':
      return plain('z.string()', "''");
    case 'int':
      return plain('z.int()', '0');
    case 'float':
      return plain('z.number()', '0');
    case 'bool':
      return plain('z.boolean()', 'false');
    case 'Any':
    case 'object':
      return plain('z.any()', 'null');
    case 'dict':
    case 'Dict': {
      const value = args[1] ? zodForAnnotation(args[1], known, notes).source : 'z.any()';
      // Dict[int, X]: pydantic reads each key as an int and saves its digits ("007" → "7").
      if (args[0] === 'int') return plain(`integerKeyed(${value})`, '() => ({})');
      return plain(`z.record(z.string(), ${value})`, '() => ({})');
    }
    case 'list':
    case 'List':
    case 'Sequence':
    case 'tuple':
    case 'Tuple': {
      const item = args[0] && args[0] !== '...' ? zodForAnnotation(args[0], known, notes).source : 'z.any()';
      return plain(`z.array(${item})`, '() => []');
    }
    case 'Optional': {
      const inner = zodForAnnotation(args[0] ?? 'Any', known, notes);
      return { source: `${inner.source}.nullable()`, nullable: true, empty: 'null' };
    }
    case 'Union': {
      const branches = args.filter((arg) => arg !== 'None');
      const nullable = branches.length < args.length;
      const inner =
        branches.length === 1
          ? zodForAnnotation(branches[0] as string, known, notes).source
          : `z.union([${branches.map((branch) => zodForAnnotation(branch, known, notes).source).join(', ')}])`;
      return { source: nullable ? `${inner}.nullable()` : inner, nullable, empty: nullable ? 'null' : 'undefined as never' };
    }
    case 'Literal': {
      const values = args.map((arg) => readPythonLiteral(arg)?.value);
      if (values.every((value) => typeof value === 'string')) return plain(`z.enum(${JSON.stringify(values)})`, JSON.stringify(values[0]));
      return plain(`z.union([${values.map((value) => `z.literal(${JSON.stringify(value)})`).join(', ')}])`, JSON.stringify(values[0]));
    }
    default:
      if (known.has(name)) return plain(`${schemaName(name)}`);
      notes.push(`TODO: the reference's type is \`${text}\``);
      return plain('z.any()', 'null');
  }
}

export function schemaName(model: string): string {
  return `${camelCase(model)}Schema`;
}

function topLevelIndex(text: string, wanted: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (depth === 0 && char === wanted && text[i + 1] !== '=' && text[i - 1] !== '=' && text[i - 1] !== '!') return i;
  }
  return -1;
}

function topLevelSplit(text: string, separator: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let at = topLevelIndex(rest, separator); at >= 0; at = topLevelIndex(rest, separator)) {
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  if (rest.trim() !== '') parts.push(rest);
  return parts;
}

/**
 * The zod source of a scenario module: every model the scenario uses, then the scenario itself
 * (the model whose name ends in "Scenario"; the last one if several do).
 */
export function scenarioSource(models: Model[]): { source: string; scenarioModel: string } | undefined {
  const scenario = [...models].reverse().find((model) => model.name.endsWith('Scenario'));
  if (!scenario) return undefined;
  const blocks = models.map((model) => {
    const fields = model.fields.map((f) => {
      // {} must load (the contract suite checks), so a field the reference requires needs a default here.
      const required =
        model === scenario && !f.zod.includes('.default(') ? ['TODO: required by the reference; give it a default so {} loads'] : [];
      const allNotes = [...required, ...f.notes];
      const notes = allNotes.length ? ` // ${allNotes.join('; ')}` : '';
      return `  ${f.name}: ${f.zod},${notes}`;
    });
    const name = model === scenario ? 'scenarioSchema' : schemaName(model.name);
    const exported = model === scenario ? `// The reference's ${model.name}.\nexport const ${name}` : `export const ${name}`;
    return `${exported} = z.object({\n${fields.join('\n')}\n});`;
  });
  return { source: blocks.join('\n\n'), scenarioModel: scenario.name };
}
