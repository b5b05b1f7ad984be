import { containsText } from '@envfleet/kit';
import { commaList, lower } from './comma-list.js';
import { page } from './page.js';

type Filterable = { parkCode?: string | undefined; description?: string | undefined };

/**
 * The listing shared by alerts, campgrounds and visitor centers: records of the given parks (by
 * code, any case), then those whose title or name (`label`) or description contains `q` (any case),
 * counted, then one page of them — each record as stored.
 */
export function listParkRecords<R extends Filterable>(
  records: readonly R[],
  label: (record: R) => string | undefined,
  args: { parkCode: string | null; q: string | null; limit: number; start: number },
) {
  let found = records;
  if (args.parkCode) {
    const codes = commaList(args.parkCode, lower);
    found = found.filter((record) => codes.has((record.parkCode ?? '').toLowerCase()));
  }
  if (args.q) {
    const term = args.q.toLowerCase();
    found = found.filter(
      (record) => containsText((label(record) ?? '').toLowerCase(), term) || containsText((record.description ?? '').toLowerCase(), term),
    );
  }
  return { total: found.length, data: page(found, args.limit, args.start) };
}
