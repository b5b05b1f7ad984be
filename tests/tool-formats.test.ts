/**
 * Tools in trainers' formats: the schema typing (every property with a `type`, unions as type
 * lists), OpenAI function-calling tools and verl tool configs for all of the workspace's
 * environments (checked against verl's own validation rules, tests/support/verl-tool-config.ts),
 * `GET /v1/environments/{name}/tools?format=…` over HTTP, and `envfleet export tools`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportTools } from '@envfleet/cli';
import { buildGateway } from '@envfleet/gateway';
import { ANY_JSON_TYPE, typedSchema } from '@envfleet/server';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retail } from '../environments/commerce/retail/src/index.js';
import { calendar } from '../environments/office/calendar/src/index.js';
import { http } from './support/http.js';
import { listenOnLoopback } from './support/listen.js';
import { untypedPlaces } from './support/untyped-schemas.js';
import { verlToolConfigIssues } from './support/verl-tool-config.js';
import { environmentPackages, workspaceRoot } from './support/workspace-environments.js';

describe('typedSchema', () => {
  it('turns a nullable anyOf into a type list, keeping default and description', () => {
    const schema = {
      type: 'object',
      properties: {
        limit: { anyOf: [{ type: 'integer' }, { type: 'null' }], default: null, description: 'At most this many.' },
      },
    };
    expect(typedSchema(schema).properties).toEqual({
      limit: { type: ['integer', 'null'], default: null, description: 'At most this many.' },
    });
    // The input is left as it was.
    expect(schema.properties.limit.anyOf).toHaveLength(2);
  });

  it('types nested objects, array items and additional properties, and keeps a branch’s own keywords', () => {
    const typed = typedSchema({
      type: 'object',
      properties: {
        tags: { anyOf: [{ type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'null' }] } }, { type: 'null' }] },
        cells: { type: 'object', additionalProperties: { type: 'array', items: { type: 'array', items: {} } } },
        filter: { type: 'object', properties: { any: {}, kind: { enum: ['a', 'b'] }, size: { const: 3 } }, required: ['kind'] },
      },
    });
    expect(typed.properties).toEqual({
      tags: { type: ['array', 'null'], items: { type: ['string', 'null'] } },
      cells: { type: 'object', additionalProperties: { type: 'array', items: { type: 'array', items: { type: [...ANY_JSON_TYPE] } } } },
      filter: {
        type: 'object',
        properties: { any: { type: [...ANY_JSON_TYPE] }, kind: { enum: ['a', 'b'], type: 'string' }, size: { const: 3, type: 'integer' } },
        required: ['kind'],
      },
    });
    expect(untypedPlaces(typed)).toEqual([]);
  });

  it('drops keywords two branches disagree on rather than keep either, and reads oneOf like anyOf', () => {
    const typed = typedSchema({
      oneOf: [
        { type: 'object', properties: { a: { type: 'string' } } },
        { type: 'object', properties: { b: { type: 'string' } } },
        { type: 'string', minLength: 2 },
      ],
    });
    expect(typed).toEqual({ type: ['object', 'string'], minLength: 2 });
  });
});

describe("every environment's tools, in the trainers' formats", () => {
  it('has a type on every property at any depth, and no union left as anyOf (OpenAI format)', async () => {
    const { json, tools } = await exportTools(workspaceRoot, ['--format', 'openai'], { source: true });
    const exported = JSON.parse(json) as { tools: { type: string; function: { name: string; parameters: unknown } }[] };
    expect(exported.tools).toHaveLength(tools);
    expect(tools).toBeGreaterThan(600);
    const servers = new Set(environmentPackages().map((pkg) => pkg.manifest.envfleet?.server));
    expect(new Set(exported.tools.map((tool) => tool.function.name.split('-')[0]))).toEqual(servers);
    const untyped = exported.tools.flatMap((tool) =>
      untypedPlaces(tool.function.parameters).map((place) => `${tool.function.name} ${place}`),
    );
    expect(untyped).toEqual([]);
    expect(exported.tools.every((tool) => tool.type === 'function')).toBe(true);
    // As MCP lists them, the same schemas do have untyped unions: the check above has something to find.
    const raw = JSON.parse((await exportTools(workspaceRoot, ['--format', 'mcp'], { source: true })).json) as {
      tools: { inputSchema: unknown }[];
    };
    expect(raw.tools.flatMap((tool) => untypedPlaces(tool.inputSchema)).length).toBeGreaterThan(400);
  });

  it('is a tool config verl loads (verl format), one entry per tool', async () => {
    const { json, tools } = await exportTools(workspaceRoot, ['--format', 'verl', '--class-name', 'my_pkg.tools.FleetTool'], {
      source: true,
    });
    const config = JSON.parse(json);
    expect(verlToolConfigIssues(config)).toEqual([]);
    expect(config.tools).toHaveLength(tools);
    const calendarEntry = config.tools.find(
      (entry: { tool_schema: { function: { name: string } } }) => entry.tool_schema.function.name === 'Calendar-list_events',
    );
    expect(calendarEntry).toMatchObject({
      class_name: 'my_pkg.tools.FleetTool',
      config: { type: 'native', server: 'Calendar', tool: 'list_events' },
    });
  });

  it('the verl check itself refuses what verl refuses', () => {
    const entry = (properties: unknown) => ({
      class_name: 'a.B',
      config: { type: 'native' },
      tool_schema: { type: 'function', function: { name: 'x', description: 'd', parameters: { type: 'object', properties } } },
    });
    expect(verlToolConfigIssues({ tools: [entry({ q: { type: 'string' } })] })).toEqual([]);
    expect(verlToolConfigIssues({ tools: [entry({ q: { anyOf: [{ type: 'string' }, { type: 'null' }] } })] })).toEqual([
      'tools[0].tool_schema.function.parameters.properties.q.type is not a string or a list of strings',
    ]);
    expect(verlToolConfigIssues({ tools: [{ ...entry({}), config: { type: 'mcp' } }] })).toEqual(['tools[0].config.type is not "native"']);
  });
});

describe('GET /v1/environments/{name}/tools', () => {
  let app: FastifyInstance;
  let api: ReturnType<typeof http>;
  beforeAll(async () => {
    app = await buildGateway({ environments: [calendar, retail], server: { reaperIntervalMs: 0 } });
    api = http(await listenOnLoopback(app));
  });
  afterAll(() => app.close());

  it('answers by default the tools a reset of the same servers lists', async () => {
    const reset = await api('POST', '/v1/episodes', { servers: ['Retail', 'Calendar'] });
    const { status, body } = await api('GET', '/v1/environments/Retail,Calendar/tools');
    expect(status).toBe(200);
    expect(body.tools).toEqual(reset.body.tools);
    expect((await api('GET', '/v1/environments/Retail,Calendar/tools?format=mcp')).body).toEqual(body);
    // The comma percent-encoded, as the Python client quotes a path segment.
    expect((await api('GET', '/v1/environments/Retail%2CCalendar/tools?format=mcp')).body).toEqual(body);
    await api('DELETE', `/v1/episodes/${reset.body.episodeId}`);
  });

  it('answers OpenAI function-calling tools named Server-tool, typed throughout', async () => {
    const { status, body } = await api('GET', '/v1/environments/Calendar/tools?format=openai');
    expect(status).toBe(200);
    const names = body.tools.map((tool: { function: { name: string } }) => tool.function.name);
    expect(names).toEqual([...calendar.tools.keys()].map((name) => `Calendar-${name}`));
    for (const tool of body.tools) expect(untypedPlaces(tool.function.parameters), tool.function.name).toEqual([]);
    const create = body.tools.find((tool: { function: { name: string } }) => tool.function.name === 'Calendar-create_event');
    expect(create).toMatchObject({ type: 'function', function: { description: calendar.tools.get('create_event')?.description } });
  });

  it('answers a verl tool config that passes verl’s rules, with the class asked for', async () => {
    const { body } = await api('GET', '/v1/environments/Calendar,Retail/tools?format=verl&className=my_pkg.FleetTool');
    expect(verlToolConfigIssues(body)).toEqual([]);
    expect(body.tools[0].class_name).toBe('my_pkg.FleetTool');
    const plain = await api('GET', '/v1/environments/Calendar/tools?format=verl');
    expect(plain.body.tools[0].class_name).toBe('verl.tools.base_tool.BaseTool');
  });

  it('refuses an unknown server (404 naming the ones there are), a bad format or a stray parameter (400)', async () => {
    const unknown = await api('GET', '/v1/environments/Calendar,Calender/tools?format=openai');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/Unknown server "Calender" — did you mean "Calendar"\?/);
    const format = await api('GET', '/v1/environments/Calendar/tools?format=anthropic');
    expect(format.status).toBe(400);
    expect(format.body.issues[0]).toMatch(/^format: /);
    const stray = await api('GET', '/v1/environments/Calendar/tools?fromat=openai');
    expect(stray.status).toBe(400);
    const className = await api('GET', '/v1/environments/Calendar/tools?format=openai&className=a.B');
    expect(className.status).toBe(400);
    expect(className.body.detail).toMatch(/className is for format=verl only/);
    expect((await api('GET', '/v1/environments/Calendar,/tools')).status).toBe(400);
  });

  it('is in the OpenAPI document with its query parameters', async () => {
    const { body } = await api('GET', '/docs/openapi.json');
    const operation = body.paths['/v1/environments/{name}/tools'].get;
    expect(operation.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`)).toEqual([
      'path:name',
      'query:format',
      'query:className',
    ]);
    expect(operation.parameters[1].schema.enum).toEqual(['mcp', 'openai', 'verl']);
  });
});

describe('envfleet export tools', () => {
  it('writes --out for the servers named, in their order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-tools-'));
    try {
      const out = join(dir, 'tools.json');
      const written = await exportTools(workspaceRoot, ['--format', 'openai', '--servers', 'Retail,Calendar', '--out', out], {
        source: true,
      });
      const file = JSON.parse(readFileSync(out, 'utf8'));
      expect(written).toMatchObject({ out, tools: retail.tools.size + calendar.tools.size });
      const names = file.tools.map((tool: { function: { name: string } }) => tool.function.name);
      expect(names[0]).toMatch(/^Retail-/);
      expect(names.at(-1)).toMatch(/^Calendar-/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs from the command line, with --help naming its options', () => {
    const cli = join(workspaceRoot, 'packages/cli/dist/main.js');
    const run = (...args: string[]) =>
      execFileSync(process.execPath, [cli, 'export', 'tools', ...args], { encoding: 'utf8', cwd: workspaceRoot });
    expect(run('--help')).toMatch(
      /^usage: envfleet export tools --format openai\|verl\|mcp \[--servers A,B\] \[--class-name PKG\.Class\] \[--out FILE\]/,
    );
    const config = JSON.parse(run('--format', 'verl', '--servers', 'Calendar'));
    expect(verlToolConfigIssues(config)).toEqual([]);
    expect(config.tools).toHaveLength(calendar.tools.size);
  });

  it('names what is wrong with its arguments', async () => {
    const run = (...args: string[]) => exportTools(workspaceRoot, args, { source: true });
    await expect(run()).rejects.toThrow(/--format is required/);
    await expect(run('--format', 'yaml')).rejects.toThrow(/--format "yaml" is none of mcp, openai, verl/);
    await expect(run('--format', 'openai', '--servers', 'Calendar,Nope')).rejects.toThrow(/does not have: Nope/);
    await expect(run('--format', 'openai', '--class-name', 'a.B')).rejects.toThrow(/--class-name is for --format verl only/);
    await expect(run('--format', 'openai', '--bogus', 'x')).rejects.toThrow(/Unknown argument --bogus/);
    await expect(run('--format')).rejects.toThrow(/--format needs a value/);
  });
});
