import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { AccessCheck } from './access.js';
import { sendProblem } from './problem.js';

// The scheme is case-insensitive (RFC 7235): "bearer", "Bearer" and "BEARER" are one scheme.
const BEARER = /^bearer +(\S+) *$/i;

// Tokens are compared as SHA-256 digests: equal lengths whatever was sent, so the comparison's time
// reveals neither the token's characters nor its length.
const digest = (text: string) => createHash('sha256').update(text).digest();

/** The hook that refuses a request without the server's token (routes add it through access.ts). */
export function bearerCheck(token: string): AccessCheck {
  const expected = digest(token);
  return function checkToken(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    const given = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return done();
    reply.header('www-authenticate', 'Bearer');
    sendProblem(reply, 401, 'Send "Authorization: Bearer <token>" with the token this server was started with (ENVFLEET_TOKEN)');
  };
}
