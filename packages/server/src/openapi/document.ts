import { API_PREFIX, problem, type RouteName, type RouteSpec, routes } from '@envfleet/contract';
import { z } from 'zod';
import { operationalPaths, type PrivateMcp } from './operational-paths.js';
import type { OperationObject } from './page.js';
import { accessRefusals, problemResponse, statusLabel } from './responses.js';

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect): `.describe()` and `.meta({ examples })` come along. */
const toSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return rest;
};

const PARAMETERS: Record<string, { description: string; example: string }> = {
  episodeId: { description: 'The episodeId a reset answered.', example: 'ep_0123456789abcdef0123456789abcdef' },
  name: {
    description: 'A server name, as GET /v1/environments lists them (…/tools also takes several: `Calendar,Retail`).',
    example: 'Calendar',
  },
};

/** The operation object of one route of the table, with every status it can answer. */
function operation(name: RouteName, route: RouteSpec): OperationObject {
  const parameters: Record<string, unknown>[] = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => {
    const known = PARAMETERS[match[1] ?? ''];
    return {
      name: match[1],
      in: 'path',
      required: true,
      ...(known ? { description: known.description } : {}),
      schema: { type: 'string', ...(known ? { examples: [known.example] } : {}) },
    };
  });
  parameters.push(...queryParameters(route.query));
  const status = route.status ?? 200;
  return {
    tags: [route.path.startsWith('/environments') ? 'Environments' : 'Episodes'],
    operationId: name,
    summary: route.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(route.request
      ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.request, 'input') } } } }
      : {}),
    responses: {
      [String(status)]: {
        description: statusLabel(status),
        content: { 'application/json': { schema: toSchema(route.response, 'output') } },
      },
      ...(route.request ? { 400: problemResponse(400, 'Invalid body (the issues are listed) or malformed JSON') } : {}),
      ...(route.query ? { 400: problemResponse(400, 'Invalid query (the issues are listed)') } : {}),
      ...accessRefusals(),
      ...(route.notFound ? { 404: problemResponse(404, route.notFound) } : {}),
      ...(route.conflicts
        ? { 409: problemResponse(409, 'Another replica kept writing the episode through every retry; send the request again') }
        : {}),
      ...(route.request ? { 413: problemResponse(413, 'The body is larger than ENVFLEET_BODY_LIMIT') } : {}),
      ...Object.fromEntries(Object.entries(route.limits ?? {}).map(([code, why]) => [code, problemResponse(Number(code), why)])),
      503: problemResponse(503, 'The store (Redis) or a remote environment does not answer; retry later'),
    },
  };
}

/** A query's fields as OpenAPI parameters, each optional, with its description and schema. */
function queryParameters(query: z.ZodType | undefined) {
  if (!query) return [];
  const { properties = {} } = toSchema(query, 'input') as { properties?: Record<string, Record<string, unknown>> };
  return Object.entries(properties).map(([name, { description, ...schema }]) => ({
    name,
    in: 'query',
    required: false,
    ...(typeof description === 'string' ? { description } : {}),
    schema,
  }));
}

export interface OpenApiOptions {
  title: string;
  version: string;
  /** Which private MCP routes this server has (see ServerOptions.privateMcp). */
  privateMcp: PrivateMcp;
  /** ENVFLEET_PUBLIC_URL, when set: the server clients use. */
  publicUrl?: string;
}

/** The OpenAPI 3.1 document of the server: the v1 route table, then health, metrics, docs and MCP. */
export function openApiDocument(options: OpenApiOptions) {
  const paths: Record<string, Record<string, OperationObject>> = {};
  for (const [name, route] of Object.entries(routes) as [RouteName, RouteSpec][]) {
    const path = `${API_PREFIX}${route.path}`;
    paths[path] ??= {};
    (paths[path] as Record<string, OperationObject>)[route.method.toLowerCase()] = operation(name, route);
  }
  Object.assign(paths, operationalPaths(toSchema, options.privateMcp));
  return {
    openapi: '3.1.0',
    info: {
      title: options.title,
      version: options.version,
      description:
        'Stateful MCP tool environments: reset, step, snapshot, fork and score episodes. Every failure is application/problem+json naming what is wrong, and a failed request changes nothing.',
    },
    servers: [
      options.publicUrl
        ? { url: options.publicUrl, description: 'ENVFLEET_PUBLIC_URL' }
        : { url: '/', description: 'This server, at the address this document was fetched from' },
    ],
    // The token is asked only when the server sets ENVFLEET_TOKEN; the health probes never ask it.
    security: [{ bearer: [] }],
    tags: [
      { name: 'Environments', description: 'What this server offers: servers, tools, presets' },
      { name: 'Episodes', description: 'Reset, step, read, snapshot, fork, score and close episodes' },
      { name: 'MCP', description: 'The same episodes over the Model Context Protocol (Streamable HTTP)' },
      { name: 'NeMo Gym', description: 'The servers as one NeMo Gym resources server: a session is an episode (docs/nemo-gym.md)' },
      { name: 'Operations', description: 'Health, readiness, metrics and this document' },
    ],
    paths,
    components: {
      schemas: { Problem: toSchema(problem, 'output') },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'ENVFLEET_TOKEN, when the server sets one (off by default): `Authorization: Bearer <token>`.',
        },
      },
    },
  };
}
