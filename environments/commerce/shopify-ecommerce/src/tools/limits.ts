// Listing tools accept any integer limit: above 250 it is capped (as Shopify does), and a zero or
// negative limit behaves like a Python slice end — 0 gives nothing, -n drops the last n rows.
export const MAX_PAGE = 250;

export function firstPage<T>(rows: T[], limit: number): T[] {
  return rows.slice(0, Math.min(limit, MAX_PAGE));
}
