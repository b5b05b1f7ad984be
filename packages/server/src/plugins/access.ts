import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import { bearerCheck } from './auth.js';
import { hostCheck } from './host-guard.js';

export interface AccessOptions {
  /** Host names answered (allowedHostnames): the DNS-rebinding guard. */
  allowedHosts: readonly string[];
  /** The bearer token requests must carry (ENVFLEET_TOKEN); none: no token asked. */
  token?: string;
}

/**
 * A check in fastify's callback style: `done()` lets the request on; a refusal answers instead and
 * never calls it. Callbacks, not async functions: they run on every request and a settled promise
 * would still cost each one a trip through the microtask queue.
 */
export type AccessCheck = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => void;

/** The checks a guarded route runs before anything else, in order: Host and Origin, then the token. */
export function accessChecks(options: AccessOptions): AccessCheck[] {
  return [hostCheck(options.allowedHosts), ...(options.token ? [bearerCheck(options.token)] : [])];
}

/**
 * Guards the routes of the plugin that registers it (the v1 API, MCP, docs, metrics) — and only
 * those: fastify-plugin lets the hooks reach the registering plugin's context without leaking
 * further, so the health probes, registered beside them, stay open to any Host and to no token.
 */
export const accessGuard = fp(async function accessGuard(app: FastifyInstance, options: AccessOptions) {
  for (const check of accessChecks(options)) app.addHook('onRequest', check);
});
