import { API_PREFIX, problem, type RouteSpec, routes } from '@envfleet/contract';
import { z } from 'zod';
import type { OperationObject } from './page.js';

const toSchema = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return rest;
};

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** The operation object of one route of the table. */
function operation(route: RouteSpec): OperationObject {
  const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  return {
    summary: route.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(route.request
      ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.request, 'input') } } } }
      : {}),
    responses: {
      [String(route.status ?? 200)]: {
        description: 'OK',
        content: { 'application/json': { schema: toSchema(route.response, 'output') } },
      },
      ...(route.request ? { 400: problemResponse('Invalid body (the issues are listed)') } : {}),
      ...(route.path.includes('{') ? { 404: problemResponse('Unknown episode, environment or snapshot') } : {}),
      403: problemResponse('The Host or Origin is not one this server answers to (ENVFLEET_ALLOWED_HOSTS, ENVFLEET_PUBLIC_URL)'),
      ...Object.fromEntries(Object.entries(route.limits ?? {}).map(([status, why]) => [status, problemResponse(why)])),
    },
  };
}

/** The OpenAPI 3.1 document of the v1 API, generated from the route table the server registers. */
export function openApiDocument(info: { title: string; version: string }) {
  const paths: Record<string, Record<string, OperationObject>> = {};
  for (const route of Object.values(routes) as RouteSpec[]) {
    const path = `${API_PREFIX}${route.path}`;
    paths[path] ??= {};
    (paths[path] as Record<string, OperationObject>)[route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'Stateful MCP tool environments: reset, step, snapshot, fork and score episodes.' },
    paths,
    components: { schemas: { Problem: toSchema(problem, 'output') } },
  };
}
