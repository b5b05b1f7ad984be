import { toolsQuery } from '@envfleet/contract';
import { describeIssues, EpisodeError, type EpisodeEngine } from '@envfleet/episodes';
import type { FastifyRequest } from 'fastify';
import { serversOfPath } from '../nemo-gym/server-set.js';
import { renderTools } from './render.js';

/**
 * `GET /v1/environments/{name}/tools?format=…`: one server's tools, or those of `A,B` (as the
 * NeMo Gym and OpenEnv paths name a set), in the format a trainer loads. The route table
 * (@envfleet/contract) registers it; this is what it does.
 */
export function toolsHandler(engine: EpisodeEngine) {
  return async (request: FastifyRequest<{ Params: { name: string } }>) => {
    const parsed = toolsQuery.safeParse(request.query ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error).map((line) => line.replace(/^body: /, 'query: '));
      throw new EpisodeError('bad_request', `Invalid query — ${issues.join('; ')}`, issues);
    }
    const { format = 'mcp', className } = parsed.data;
    if (className !== undefined && format !== 'verl') {
      throw new EpisodeError('bad_request', `className is for format=verl only (the class each verl tool entry names), not ${format}`);
    }
    const servers = serversOfPath(engine, request.params.name);
    return renderTools(engine.toolsOf(servers), format, className !== undefined ? { className } : {});
  };
}
