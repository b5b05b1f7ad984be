/**
 * The Python client (clients/python) cannot import the TypeScript types, so its idea of the wire is
 * read from its source (tests/support/python_client_shapes.py, Python's own parser) and compared
 * with @envfleet/contract's JSON Schemas and route table: a field renamed, added or dropped on
 * either side fails here, before any user of the Python client sees it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  API_PREFIX,
  callResult,
  evaluateRequest,
  forkRequest,
  problem,
  resetRequest,
  responses,
  restoreRequest,
  routes,
  stepRequest,
  toolCall,
  batchRequest,
} from '@envfleet/contract';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { workspaceRoot } from './support/workspace-environments.js';

interface Shapes {
  typedDicts: Record<string, Record<string, boolean>>;
  bodyKeys: Record<string, string[]>;
  readKeys: string[];
  requests: { method: string; path: string | null }[];
}

function readShapes(): Shapes | string {
  const result = spawnSync(
    'python3',
    [
      join(workspaceRoot, 'tests/support/python_client_shapes.py'),
      ...['types.py', '_routes.py', 'client.py', 'async_client.py'].map((file) => join(workspaceRoot, 'clients/python/src/envfleet', file)),
    ],
    { encoding: 'utf8', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } },
  );
  if (result.error) return 'python3 is not on PATH';
  if (result.status !== 0) throw new Error(`reading the Python client failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Shapes;
}

type JsonSchemaObject = { properties?: Record<string, JsonSchemaObject>; required?: string[]; items?: JsonSchemaObject };

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchemaObject;

/** Field name → required, as a TypedDict states it. */
function fields(schema: z.ZodType, io: 'input' | 'output'): Record<string, boolean> {
  const json = schemaOf(schema, io);
  const required = new Set(json.required ?? []);
  return Object.fromEntries(Object.keys(json.properties ?? {}).map((name) => [name, required.has(name)]));
}

/** Every property name anywhere in a schema. */
function propertyNames(json: JsonSchemaObject, into = new Set<string>()): Set<string> {
  for (const [name, value] of Object.entries(json.properties ?? {})) {
    into.add(name);
    propertyNames(value, into);
  }
  if (json.items) propertyNames(json.items, into);
  return into;
}

const shapes = readShapes();
const skip = typeof shapes === 'string' ? shapes : undefined;

describe.skipIf(skip !== undefined)(`Python client against the contract${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const python = shapes as Shapes;

  it('declares the answers it types (TypedDicts) with the contract’s field names and required fields', () => {
    expect(python.typedDicts.ToolCall).toEqual(fields(toolCall, 'input'));
    expect(python.typedDicts.CallResult).toEqual(fields(callResult, 'output'));
    expect(python.typedDicts.StepResult).toEqual(fields(responses.step, 'output'));
    expect(python.typedDicts.ResetResult).toEqual(fields(responses.reset, 'output'));
    expect(python.typedDicts.Evaluation).toEqual(fields(responses.evaluate, 'output'));
  });

  it('sends every field of the bodies it builds, and no other', () => {
    const sorted = (schema: z.ZodType) => Object.keys(fields(schema, 'input')).sort();
    expect(python.bodyKeys.reset).toEqual(sorted(resetRequest));
    expect(python.bodyKeys.evaluate).toEqual(sorted(evaluateRequest));
    expect(python.bodyKeys.step).toEqual(sorted(stepRequest));
    expect(python.bodyKeys.restore).toEqual(sorted(restoreRequest));
    expect(python.bodyKeys.fork).toEqual(sorted(forkRequest));
    expect(python.bodyKeys.batch).toEqual(sorted(batchRequest));
  });

  it('reads only fields some answer or problem has', () => {
    const known = propertyNames(schemaOf(problem, 'output'));
    for (const answer of Object.values(responses)) propertyNames(schemaOf(answer, 'output'), known);
    expect(python.readKeys.filter((key) => !known.has(key))).toEqual([]);
  });

  it('requests exactly the routes of the table (and the health probes)', () => {
    const table = Object.values(routes).map((route) => `${route.method} ${API_PREFIX}${route.path.replace(/\{\w+\}/g, '{}')}`);
    const requested = python.requests.map((request) => `${request.method} ${request.path}`);
    expect(requested.sort()).toEqual([...table, 'GET /healthz', 'GET /readyz'].sort());
  });
});
