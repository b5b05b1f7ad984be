import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem.js';

const OPEN_ROUTES = new Set(['/healthz', '/readyz']);

/** Optional bearer token on every route but health checks. */
export function bearerAuth(app: FastifyInstance, token: string): void {
  const expected = Buffer.from(token);
  app.addHook('onRequest', async (request, reply) => {
    if (OPEN_ROUTES.has(request.url.split('?')[0] ?? '')) return;
    const header = request.headers.authorization ?? '';
    const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      reply.header('www-authenticate', 'Bearer');
      return sendProblem(reply, 401, 'Send "Authorization: Bearer <token>" with the token this server was started with (ENVFLEET_TOKEN)');
    }
  });
}
