import { current, type Draft, isDraft } from 'immer';

/**
 * Part of a write handler's draft as a plain, frozen value, for reading many of its entries: every
 * entry read through a draft becomes a draft of its own (a proxy, then a step of Immer's final walk),
 * so a lookup over a catalog of products costs a proxy per product. A part the call has not changed
 * comes back as it is, for free; a changed part is copied as it stands now. Never write to the result.
 */
export function readOnly<T>(value: T): T {
  return isDraft(value) ? (current(value as Draft<T>) as T) : value;
}
