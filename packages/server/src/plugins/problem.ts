import { EpisodeError, LimitError } from '@envfleet/episodes';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';

/**
 * Every failure leaves as RFC 9457 problem+json: `status`, `title`, `detail`, and for bad input the
 * list of `issues`. Fastify's own errors (malformed JSON, body too large) keep their status.
 */
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

/** The problem+json body for a status (also what a failed batch op answers inside its batch). */
export function problemDetails(status: number, detail: string, extra: Record<string, unknown> = {}) {
  return { type: 'about:blank', status, title: TITLES[status] ?? 'Error', detail, ...extra };
}

export function sendProblem(reply: FastifyReply, status: number, detail: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send(problemDetails(status, detail, extra));
}

/** What a problem body adds for an episode error: the issues of bad input, the setting of a limit. */
export function episodeErrorFields(error: EpisodeError): Record<string, unknown> {
  return {
    ...(error.issues.length ? { issues: error.issues } : {}),
    ...(error instanceof LimitError ? { setting: error.setting, limit: error.limit } : {}),
  };
}

export function problemPlugin(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | EpisodeError | Error, request, reply) => {
    if (error instanceof EpisodeError) return sendProblem(reply, error.status, error.message, episodeErrorFields(error));
    const status = (error as FastifyError).statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendProblem(reply, status, 'The server failed to handle this request; it has been logged.');
    }
    return sendProblem(reply, status, explainFastifyError(error as FastifyError, request.routeOptions.config));
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, 404, `No route ${request.method} ${request.url.split('?')[0]} — see GET /docs for the API`),
  );
}

function explainFastifyError(error: FastifyError, _config: unknown): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return `Malformed JSON body: ${error.message}`;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `Request body is larger than this server accepts (${error.message})`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the body as application/json';
    default:
      return error.message;
  }
}
