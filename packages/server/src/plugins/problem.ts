import type { ProblemDetails } from '@envfleet/contract';
import { EpisodeError, LimitError } from '@envfleet/episodes';
import type { FastifyError, FastifyInstance, FastifyReply, preHandlerHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { RouteMethods } from './route-methods.js';

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
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  507: 'Insufficient Storage',
};

/** The problem+json body for a status (also what a failed batch op answers inside its batch). */
export function problemDetails(status: number, detail: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { type: 'about:blank', status, title: TITLES[status] ?? 'Error', detail, ...extra };
}

const UNEXPECTED = 'The server failed to handle this request; it has been logged.';

/**
 * The one problem builder: what a failure is answered with, by the error handler for a request and
 * by a batch for one op. An EpisodeError says what is wrong in its own words; fastify's own errors
 * (malformed JSON, body too large) keep their status; anything else is a 5xx whose cause is logged,
 * never shown, and answered with `unexpected`.
 */
export function problemFor(error: unknown, unexpected = UNEXPECTED): ProblemDetails {
  if (error instanceof EpisodeError) return problemDetails(error.status, error.message, episodeErrorFields(error));
  const status = (error as Partial<FastifyError> | undefined)?.statusCode ?? 500;
  if (status >= 500) return problemDetails(status, unexpected);
  return problemDetails(status, explainFastifyError(error as FastifyError));
}

export function sendProblem(reply: FastifyReply, status: number, detail: string, extra: Partial<ProblemDetails> = {}) {
  return replyProblem(reply, problemDetails(status, detail, extra));
}

function replyProblem(reply: FastifyReply, problem: ProblemDetails) {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** What a problem body adds for an episode error: the issues of bad input, the setting of a limit. */
export function episodeErrorFields(error: EpisodeError): Partial<ProblemDetails> {
  return {
    ...(error.issues.length ? { issues: error.issues } : {}),
    ...(error instanceof LimitError ? { setting: error.setting, limit: error.limit } : {}),
  };
}

export interface ProblemPluginOptions {
  /**
   * Run before a 404 is answered: the access checks of the routes (Host, token), so that an
   * unknown path tells a refused client no more than a known one does.
   */
  notFoundGuards?: preHandlerHookHandler[];
}

/**
 * Answers every failure of the whole server as problem+json. Wrapped with fastify-plugin: error
 * and not-found handlers set in an encapsulated plugin would cover only that plugin's routes.
 */
export const problemPlugin = fp(
  async function problemPlugin(app: FastifyInstance, options: ProblemPluginOptions) {
    app.setErrorHandler((error: FastifyError | EpisodeError | Error, request, reply) => {
      const problem = problemFor(error);
      if (!(error instanceof EpisodeError) && problem.status >= 500) request.log.error({ err: error }, 'request failed');
      return replyProblem(reply, problem);
    });
    // Every route registered after this plugin (all of them: it is registered first) is listed, so
    // that a wrong method on a known path is answered 405 with the methods it takes, not 404.
    const known = new RouteMethods();
    app.addHook('onRoute', (route) => known.add(route));
    app.setNotFoundHandler({ preHandler: options.notFoundGuards ?? [] }, (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      const allowed = known.allowed(path);
      if (allowed.length > 0) {
        reply.header('allow', allowed.join(', '));
        return sendProblem(reply, 405, `${path} does not answer ${request.method}: send ${orList(allowed)} — see GET /docs for the API`, {
          allowed,
        });
      }
      return sendProblem(reply, 404, `No route ${request.method} ${path} — see GET /docs for the API`);
    });
  },
  { name: 'envfleet-problems', fastify: '5.x' },
);

function explainFastifyError(error: FastifyError): string {
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

/** `POST`, `GET or POST`, `DELETE, GET or POST`. */
function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
