import type { RouteOptions } from 'fastify';

/**
 * The methods each registered path answers, so that a request fastify finds no route for can be
 * told apart: a path that exists under another method (405, with `Allow`) or no path at all (404).
 * Fastify's router answers only "no route"; this keeps its own list from the `onRoute` hook.
 */
export class RouteMethods {
  readonly #routes: { pattern: RegExp; methods: Set<string> }[] = [];

  /** Called from `onRoute` for every route registered after the hook. */
  add(route: Pick<RouteOptions, 'method' | 'url'>): void {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    this.#routes.push({ pattern: pathPattern(route.url), methods: new Set(methods.map((method) => method.toUpperCase())) });
  }

  /** The methods some route answers at this path (query string excluded), sorted; empty: no such path. */
  allowed(path: string): string[] {
    const found = new Set<string>();
    for (const route of this.#routes) if (route.pattern.test(path)) for (const method of route.methods) found.add(method);
    return [...found].sort();
  }
}

/** A fastify path (`/v1/episodes/:episodeId/step`, `/files/*`) as a regular expression over request paths. */
function pathPattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => {
      if (segment === '*') return '.*';
      if (segment.startsWith(':')) return '[^/]+';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source}$`);
}
