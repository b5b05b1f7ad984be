import { z } from 'zod';

/** Any value JSON can carry. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A JSON value in an answer. Typed as JsonValue but published as `{}` (any value): `z.json()` would
 * put a recursive `$defs` reference into every operation of the OpenAPI document, where it does not
 * resolve. Answers are built by the server, never parsed with it, so nothing is lost.
 */
export const jsonValue = z.custom<JsonValue>(() => true);
