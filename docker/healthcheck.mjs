#!/usr/bin/env node
// Container health probe: exits 0 when this container's server answers 2xx on the given route
// (default /healthz), 1 otherwise. Plain node because the slim image has no curl or wget.
//   node docker/healthcheck.mjs [/healthz | /readyz]
const route = process.argv[2] ?? '/healthz';
const port = process.env.PORT || '8080';
// A wildcard listen address is reached over loopback; a specific one must be asked for itself.
const listen = process.env.HOST?.trim();
const host = !listen || listen === '0.0.0.0' || listen === '::' ? '127.0.0.1' : listen.includes(':') ? `[${listen}]` : listen;
const url = `http://${host}:${port}${route}`;

try {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  if (!response.ok) {
    process.stderr.write(`${url} answered ${response.status}: ${(await response.text()).slice(0, 500)}\n`);
    process.exit(1);
  }
  process.exit(0);
} catch (error) {
  // fetch hides the socket error (ECONNREFUSED, …) in its cause.
  const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  process.stderr.write(`${url} did not answer: ${reason}\n`);
  process.exit(1);
}
