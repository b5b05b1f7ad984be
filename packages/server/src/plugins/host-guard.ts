import { clipText } from '@envfleet/kit';
import { validateHostHeader, validateOriginHeader } from '@modelcontextprotocol/server';
import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { AccessCheck } from './access.js';
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
export function hostCheck(allowedHosts: readonly string[]): AccessCheck {
  const allowed = [...allowedHosts];
  // Clients send the same few Host (and Origin) values on every request: each pair is judged once.
  // Only pairs that pass are kept, at most ACCEPTED_PAIRS of them, so odd headers cannot grow it.
  const accepted = new Set<string>();
  return function checkHost(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
    const { host, origin } = request.headers;
    const pair = origin === undefined ? (host ?? '') : `${host ?? ''}\u0000${origin}`;
    if (accepted.has(pair)) return done();
    const refusal = refusalOf(host, origin, allowed);
    if (refusal !== undefined) {
      sendProblem(reply, 403, refusal);
      return;
    }
    if (accepted.size >= ACCEPTED_PAIRS) accepted.clear();
    accepted.add(pair);
    done();
  };
}

const ACCEPTED_PAIRS = 256;

/** Why a request with this Host and Origin is refused, or undefined when it is not. */
function refusalOf(host: string | undefined, origin: string | undefined, allowed: string[]): string | undefined {
  const hostVerdict = validateHostHeader(host, allowed);
  if (!hostVerdict.ok) {
    if (!host) return 'The request has no Host header: send one naming this server';
    const name = hostVerdict.hostname ?? host;
    return `This server does not answer to the Host ${shown(name)} (a guard against DNS rebinding). If clients reach it by that name, add it to ENVFLEET_ALLOWED_HOSTS, or set ENVFLEET_PUBLIC_URL to the URL they use`;
  }
  if (!validateOriginHeader(origin, allowed).ok) {
    return `This server does not take requests from pages at the Origin ${shown(origin ?? '')} (a guard against DNS rebinding and cross-site requests). If that page is yours, add its host name to ENVFLEET_ALLOWED_HOSTS`;
  }
  return undefined;
}
