import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

const OPEN_ROUTES = new Set(['/healthz', '/readyz']);

// The scheme is case-insensitive (RFC 7235): "bearer", "Bearer" and "BEARER" are one scheme.
const BEARER = /^bearer +(\S+) *$/i;

// Tokens are compared as SHA-256 digests: equal lengths whatever was sent, so the comparison's time
// reveals neither the token's characters nor its length.
const digest = (text: string) => createHash('sha256').update(text).digest();

/** Optional bearer token on every route but health checks. */
export function bearerAuth(app: FastifyInstance, token: string): void {
  const expected = digest(token);
  app.addHook('onRequest', async (request, reply) => {
    if (OPEN_ROUTES.has(request.url.split('?')[0] ?? '')) return;
    const given = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      reply.header('www-authenticate', 'Bearer');
      return sendProblem(reply, 401, 'Send "Authorization: Bearer <token>" with the token this server was started with (ENVFLEET_TOKEN)');
    }
  });
}
