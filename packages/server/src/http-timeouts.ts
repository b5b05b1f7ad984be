import type { FastifyServerOptions } from 'fastify';

/**
 * How long a client may take to send a request, and to come back on a kept-alive connection. Node
 * enforces the first two only while a request is still arriving: once it is in, the answer may take
 * as long as it needs, so an MCP event stream (a GET whose answer never ends) is never cut by them.
 * No inactivity timeout is set on sockets for the same reason: a stream with nothing to say is idle.
 */
export interface HttpTimeouts {
  /** The whole request, headers and body (`ENVFLEET_REQUEST_TIMEOUT_MS`). */
  requestTimeoutMs: number;
  /**
   * The request line and headers, counted from the connection's start for its first request, so a
   * client that connects and says nothing is closed too; never more than the request timeout
   * (`ENVFLEET_HEADERS_TIMEOUT_MS`).
   */
  headersTimeoutMs: number;
  /** An idle connection between two requests (`ENVFLEET_KEEP_ALIVE_TIMEOUT_MS`). */
  keepAliveTimeoutMs: number;
}

/**
 * A 16 MiB body over a slow link fits in a minute; any client takes milliseconds for its headers.
 * The keep-alive timeout is fastify's, longer than the 60 s idle timeout of common load balancers,
 * so a balancer never reuses a connection this server is closing.
 */
export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { requestTimeoutMs: 60_000, headersTimeoutMs: 20_000, keepAliveTimeoutMs: 72_000 };

export function httpTimeouts(given: Partial<HttpTimeouts>): HttpTimeouts {
  const requestTimeoutMs = given.requestTimeoutMs ?? DEFAULT_HTTP_TIMEOUTS.requestTimeoutMs;
  return {
    requestTimeoutMs,
    headersTimeoutMs: Math.min(given.headersTimeoutMs ?? DEFAULT_HTTP_TIMEOUTS.headersTimeoutMs, requestTimeoutMs),
    keepAliveTimeoutMs: given.keepAliveTimeoutMs ?? DEFAULT_HTTP_TIMEOUTS.keepAliveTimeoutMs,
  };
}

/** The fastify and Node server options that enforce `timeouts`. */
export function timeoutServerOptions(timeouts: HttpTimeouts): Pick<FastifyServerOptions, 'requestTimeout' | 'keepAliveTimeout'> & {
  http: { requestTimeout: number; headersTimeout: number; connectionsCheckingInterval: number };
} {
  return {
    requestTimeout: timeouts.requestTimeoutMs,
    keepAliveTimeout: timeouts.keepAliveTimeoutMs,
    http: {
      requestTimeout: timeouts.requestTimeoutMs,
      headersTimeout: timeouts.headersTimeoutMs,
      // Node looks for late requests every 30 s by default, which would let a 20 s deadline run to 50.
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersTimeoutMs),
    },
  };
}
