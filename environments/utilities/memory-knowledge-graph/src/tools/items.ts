import { ToolError } from '@envfleet/kit';
import { describe } from '../lib/describe.js';
import { isPlainObject } from '../lib/python.js';

/** The batch tools take a non-empty list of objects; anything else is refused up front. */
export function requireObjects(items: unknown[], argument: string, what: string): Record<string, unknown>[] {
  if (items.length === 0) throw new ToolError(`${argument} must be a non-empty list`);
  return items.map((item, index) => {
    if (!isPlainObject(item)) throw new ToolError(`${argument}[${index}] must be an object (${what}), got ${describe(item)}`);
    return item;
  });
}
