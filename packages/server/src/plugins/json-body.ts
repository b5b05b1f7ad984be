import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Levels a request may add around the data it carries (a batch step holds its arguments at level 6:
 * body → ops → op → calls → call → arguments), so that data held to ENVFLEET_MAX_JSON_DEPTH always
 * fits in a body, and arguments past it reach the engine, which refuses them in each surface's own
 * terms (a 400 on the v1 API, `isError` on MCP).
 */
export const ENVELOPE_DEPTH = 8;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

class JsonBodyError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Replaces fastify's JSON parser. Bodies are parsed by JSON.parse itself, so a `__proto__` or
 * `constructor` key is an own data property like any other (ids in scenario maps may be named so;
 * the default parser refuses such bodies), and nothing is assigned through a prototype. The nesting
 * is bounded before parsing: a body nested 100 000 deep parses, but every recursive reader after it
 * (serialising the trajectory, the stores) overflows its stack on it, and 16 MiB of `[` would take
 * the heap. Wrapped with fastify-plugin: the parser is for every route of the server.
 */
export const jsonBodies = fp(async function jsonBodies(app: FastifyInstance, options: { maxDepth: number }) {
  const limit = options.maxDepth + ENVELOPE_DEPTH;
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.length === 0) {
      return done(
        new JsonBodyError('FST_ERR_CTP_EMPTY_JSON_BODY', 'the body is empty but its content-type is application/json'),
        undefined,
      );
    }
    // Each level opens with a character of its own, so a body no longer than the limit cannot pass
    // it: most steps are that short and skip the scan.
    if (text.length > limit && textNestsDeeperThan(text, limit)) {
      const detail = `The body nests objects and arrays deeper than ${limit} levels: ENVFLEET_MAX_JSON_DEPTH (${options.maxDepth}) plus ${ENVELOPE_DEPTH} for the request's own wrapping. Send flatter data, or raise ENVFLEET_MAX_JSON_DEPTH`;
      return done(new JsonBodyError('ENVFLEET_JSON_TOO_DEEP', detail), undefined);
    }
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      done(new JsonBodyError('FST_ERR_CTP_INVALID_JSON_BODY', (error as Error).message), undefined);
    }
  });
});

/**
 * Whether the JSON text opens more than `limit` objects or arrays inside one another. One pass, no
 * allocation; strings are skipped with indexOf, which is what keeps it to a fraction of the parse.
 * Text that is not JSON may be misjudged here; the parse that follows refuses it anyway.
 */
function textNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = closingQuote(text, i);
      if (i < 0) return false;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** The index of the quote that ends the string opened at `open`, or -1 when it never ends. */
function closingQuote(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  while (end >= 0) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}
