import { clipText } from '@envfleet/kit';
import { validateHostHeader, validateOriginHeader } from '@modelcontextprotocol/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem.js';

/** A browser sends these only for pages served from this machine; a rebinding page sends its own name. */
const LOCALHOST_NAMES = ['localhost', '127.0.0.1', '[::1]'];

const shown = (text: string) => JSON.stringify(clipText(text));

/**
 * The host names this server answers to, one rule for every route (MCP and the v1 API alike): the
 * localhost names, the ones an operator lists (`ENVFLEET_ALLOWED_HOSTS`), and the host of the
 * public URL clients are given (`ENVFLEET_PUBLIC_URL`). Compared without port, lower case.
 */
export function allowedHostnames(listed: readonly string[] = [], publicUrl?: string): string[] {
  const names = new Set(LOCALHOST_NAMES);
  for (const name of listed) {
    if (!URL.canParse(`http://${name}`)) throw new Error(`allowedHosts: ${JSON.stringify(name)} is not a host name`);
    names.add(new URL(`http://${name}`).hostname);
  }
  if (publicUrl) names.add(new URL(publicUrl).hostname);
  return [...names];
}

/**
 * The hook that refuses a request whose Host (or, from a browser, Origin) is not an allowed name.
 * With no token set, this is what keeps a web page from driving the API through DNS rebinding: its
 * requests carry the page's own host name, which no allowlist holds. Routes add it through the
 * access guard (access.ts); the health probes do not, since Kubernetes probes a pod by its IP.
 */
export function hostCheck(allowedHosts: readonly string[]) {
  const allowed = [...allowedHosts];
  return async function checkHost(request: FastifyRequest, reply: FastifyReply) {
    const host = request.headers.host;
    const hostCheck = validateHostHeader(host, allowed);
    if (!hostCheck.ok) {
      if (!host) return sendProblem(reply, 403, 'The request has no Host header: send one naming this server');
      const name = hostCheck.hostname ?? host;
      return sendProblem(
        reply,
        403,
        `This server does not answer to the Host ${shown(name)} (a guard against DNS rebinding). If clients reach it by that name, add it to ENVFLEET_ALLOWED_HOSTS, or set ENVFLEET_PUBLIC_URL to the URL they use`,
      );
    }
    const origin = request.headers.origin;
    if (!validateOriginHeader(origin, allowed).ok) {
      return sendProblem(
        reply,
        403,
        `This server does not take requests from pages at the Origin ${shown(origin ?? '')} (a guard against DNS rebinding and cross-site requests). If that page is yours, add its host name to ENVFLEET_ALLOWED_HOSTS`,
      );
    }
  };
}
