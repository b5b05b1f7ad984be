import { ownEntry, ToolError } from '@envfleet/kit';

/**
 * The records a user's id list names, in list order. An id the list names but the records lack is a
 * broken scenario (the reference failed with a bare KeyError): name it and where to fix it.
 */
export function recordsOf<T>(
  records: Readonly<Record<string, T>>,
  ids: readonly string[],
  what: { list: string; records: string; userId: string },
): T[] {
  return ids.map((id) => {
    const record = ownEntry(records, id);
    if (record === undefined)
      throw new ToolError(`${what.list}["${what.userId}"] lists ${id}, which is not in ${what.records}; fix the scenario`);
    return record;
  });
}
