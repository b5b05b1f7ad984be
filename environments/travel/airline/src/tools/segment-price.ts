import { pythonRepr, ToolError } from '@envfleet/kit';

/**
 * What a list of segments costs: the sum of their `price` fields, a segment without one counting 0.
 * Summed left to right from 0 as Python's sum() does, where true and false count as 1 and 0; any
 * other kind of price cannot be added and fails the call.
 */
export function segmentsPrice(segments: readonly Readonly<Record<string, unknown>>[]): number {
  let total = 0;
  segments.forEach((segment, index) => {
    if (!Object.hasOwn(segment, 'price')) return;
    const price = segment.price;
    if (typeof price === 'number') total += price;
    else if (typeof price === 'boolean') total += price ? 1 : 0;
    else throw new ToolError(`flights[${index}].price must be a number, got ${pythonRepr(price)}`);
  });
  return total;
}
