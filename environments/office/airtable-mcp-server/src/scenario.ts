import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's AirtableMcpServer scenario: bases, their tables (by base id), their records
// (by base id, then table id), the record counter behind new ids and the clock new records are
// stamped with. {} is an empty workspace, as in the reference.

export const airtableBaseSchema = z.object({
  id: z.string(),
  name: z.string(),
  permissionLevel: z.string(),
});

export const airtableTableSchema = z.object({
  id: z.string(),
  name: z.string(),
  tableDescription: z.string().nullable().default(null),
  fields: z.array(z.any()).default(() => []),
  views: z.array(z.any()).default(() => []),
});

export const airtableRecordSchema = z.object({
  id: z.string(),
  createdTime: z.string(),
  fields: z.record(z.string(), z.any()).default(() => ({})),
});

// Older scenarios call a table's description "description"; the reference renames it on load.
function legacyDescription(table: unknown): unknown {
  if (table === null || typeof table !== 'object' || Array.isArray(table)) return table;
  if (!Object.hasOwn(table, 'description') || Object.hasOwn(table, 'tableDescription')) return table;
  const { description, ...rest } = table as Record<string, unknown>;
  return { ...rest, tableDescription: description };
}

// The reference's AirtableScenario.
export const scenarioSchema = z.object({
  bases: z.array(airtableBaseSchema).default(() => []),
  tables: z.record(z.string(), z.array(z.preprocess(legacyDescription, airtableTableSchema))).default(() => ({})),
  records: z.record(z.string(), z.record(z.string(), z.array(airtableRecordSchema))).default(() => ({})),
  record_counter: z.int().default(0),
  current_time: z.string().default('2026-04-17T01:43:20'),
});

export type AirtableMcpServerState = z.output<typeof scenarioSchema>;
export type AirtableRecord = z.output<typeof airtableRecordSchema>;

/** defineTool for this environment: handlers receive a typed draft of AirtableMcpServerState. */
export const defineAirtableMcpServerTool = toolsFor<AirtableMcpServerState>();
