import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HttpTimeouts } from '../http-timeouts.js';
import { problemDetails, sendProblem } from './problem.js';

/** fastify's default, which no id of this API comes near (episode ids are 35 characters). */
const MAX_PARAM_LENGTH = 100;

/**
 * `frameworkErrors`: what fastify answers before any route runs (a path parameter too long to be an
 * id, a path that does not decode), as problem+json like every other failure.
 */
export function routingProblem(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  switch (error.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      sendProblem(
        reply,
        414,
        `A segment of the URL path is longer than ${MAX_PARAM_LENGTH} characters, more than any id or name of this API: check the URL`,
      );
      return;
    case 'FST_ERR_BAD_URL':
      sendProblem(reply, 400, 'The URL path does not decode (a "%" not followed by two hex digits?): check the URL');
      return;
    default: {
      const status = error.statusCode ?? 500;
      sendProblem(reply, status, status >= 500 ? 'The server failed to route this request' : error.message);
    }
  }
}

/**
 * `clientErrorHandler`: Node reports a request that never became one (too slow, headers too large,
 * not HTTP) on the socket, before fastify sees it. The answer is written on the socket as
 * problem+json, then the connection is closed.
 */
export function answerClientErrors(timeouts: HttpTimeouts) {
  return function answerClientError(this: FastifyInstance, error: ConnectionError, socket: Socket): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    this.log.debug({ err: error }, 'client error');
    const [status, detail] = explain(error, timeouts);
    // Writing now would corrupt an answer already under way on this connection.
    const answering = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
    if (socket.writable && !answering) {
      const body = JSON.stringify(problemDetails(status, detail));
      socket.write(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  };
}

function explain(error: ConnectionError, timeouts: HttpTimeouts): [number, string] {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [
        408,
        `The request did not arrive in time: headers are due within ${timeouts.headersTimeoutMs} ms (ENVFLEET_HEADERS_TIMEOUT_MS) and the whole request within ${timeouts.requestTimeoutMs} ms (ENVFLEET_REQUEST_TIMEOUT_MS). The connection is closed; send the request again`,
      ];
    case 'HPE_HEADER_OVERFLOW':
      return [
        431,
        `The request line and headers exceed ${maxHeaderSize} bytes, more than this server reads: shorten the URL or the headers`,
      ];
    default:
      return [400, `The request is not valid HTTP (${error.code}) and was not read`];
  }
}
