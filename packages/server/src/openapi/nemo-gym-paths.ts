import { accessRefusals, problemResponse, statusLabel } from './responses.js';

const serversParameter = {
  name: 'servers',
  in: 'path',
  required: true,
  description: 'One server, or several separated by commas: the servers of the session (GET /v1/environments).',
  schema: { type: 'string', examples: ['Calendar', 'Calendar,Retail'] },
};

const json = (schema: object) => ({ 'application/json': { schema } });
const anyObject = { type: 'object', additionalProperties: true };
const unknownServer = problemResponse(404, 'An unknown server; the answer names the ones there are');
const noSession = problemResponse(400, 'No session cookie (seed_session first), or a bad row');
const ended = problemResponse(404, 'The session has ended: its episode closed or expired after its idle TTL');

/** One NeMo Gym POST route: its body and answer are described, not modelled (docs/nemo-gym.md has the fields). */
function route(id: string, summary: string, body: object, answer: string, refusals: Record<number, object>, parameters: object[] = []) {
  return {
    post: {
      tags: ['NeMo Gym'],
      operationId: id,
      summary,
      parameters: [serversParameter, ...parameters],
      requestBody: { required: true, content: json(body) },
      responses: {
        200: { description: statusLabel(200, answer), content: json(anyObject) },
        ...refusals,
        ...accessRefusals(),
      },
    },
  };
}

/** `/nemo-gym/{servers}/…`: the servers as one NeMo Gym resources server (server/src/nemo-gym/). */
export function nemoGymPaths() {
  return {
    '/nemo-gym/{servers}/seed_session': route(
      'nemoGymSeedSession',
      'NeMo Gym: open a session (an episode) from the task row; sets the session cookie',
      { ...anyObject, description: 'The task row; its `envfleet` field picks a scenario, preset or task (docs/nemo-gym.md).' },
      '{episodeId, servers, mcp_url_path}, with Set-Cookie',
      { 400: problemResponse(400, 'A bad row (the envfleet field names what is wrong); nothing was opened'), 404: unknownServer },
    ),
    '/nemo-gym/{servers}/verify': route(
      'nemoGymVerify',
      "NeMo Gym: score the session's episode; answers the body plus the EnvFactory reward",
      { ...anyObject, description: 'The task row plus `response`; ground truth in `envfleet` or from the task.' },
      'the body as sent, plus reward and evaluation',
      { 400: noSession, 404: ended },
    ),
    '/nemo-gym/{servers}/aggregate_metrics': route(
      'nemoGymAggregateMetrics',
      'NeMo Gym: mean, max, min, median and std of the verify responses, overall and per task',
      { type: 'object', required: ['verify_responses'], properties: { verify_responses: { type: 'array', items: anyObject } } },
      '{group_level_metrics, agent_metrics, key_metrics}',
      { 400: problemResponse(400, 'verify_responses is not a list of objects'), 404: unknownServer },
    ),
    '/nemo-gym/{servers}/{tool}': route(
      'nemoGymToolCall',
      "NeMo Gym: run one tool call in the session's episode",
      { ...anyObject, description: "The tool's arguments (its inputSchema)." },
      "the tool's result",
      {
        400: problemResponse(400, "The call failed (bad arguments, a rule of the world): detail is the tool's message; or no session"),
        404: problemResponse(404, 'No such tool here, or the session has ended'),
      },
      [
        {
          name: 'tool',
          in: 'path',
          required: true,
          description: 'The tool: its bare name on a one-server path, `Server-tool` otherwise.',
          schema: { type: 'string', examples: ['create_event'] },
        },
      ],
    ),
  };
}
