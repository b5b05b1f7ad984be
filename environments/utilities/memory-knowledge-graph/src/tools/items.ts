import { ToolError } from '@envfleet/kit';
import { describe } from '../lib/describe.js';
import { isPlainObject } from '../lib/python.js';

/**
 * The batch tools take a non-empty list of objects. Items are checked one after another, shape first and
 * then `check`, so the first bad item decides the error message, as in the reference.
 */
export function requireObjects(
  items: unknown[],
  argument: string,
  what: string,
  check: (item: Record<string, unknown>) => void = () => {},
): Record<string, unknown>[] {
  if (items.length === 0) throw new ToolError(`${argument} must be a non-empty list`);
  return items.map((item, index) => {
    if (!isPlainObject(item)) throw new ToolError(`${argument}[${index}] must be an object (${what}), got ${describe(item)}`);
    check(item);
    return item;
  });
}
