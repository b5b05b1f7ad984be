import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { appendTo } from '../child-blocks.js';
import { newId } from '../ids.js';
import { pageAfterId } from '../pagination.js';
import { defineNotionTool } from '../scenario.js';
import { requireBoundedPageSize, requireItems, requireText } from './checks.js';

function requireDatabase<D>(databases: Record<string, D>, databaseId: string): D {
  const database = ownEntry(databases, databaseId);
  if (!database) throw new ToolError(`Database ${databaseId} not found`);
  return database;
}

export const notionCreateDatabase = defineNotionTool({
  name: 'notion_create_database',
  description:
    'Create a database under a parent descriptor (e.g. {"page_id": …} or {"workspace": true}) with a property schema. ' +
    'The rich-text title is required but the database is always named "New Database". Returns its id, title, properties and created_time.',
  input: z.object({
    parent: z.record(z.string(), z.any()),
    title: z.array(z.record(z.string(), z.any())),
    properties: z.record(z.string(), z.any()),
    format: z.string().default('markdown'),
  }),
  handler: (state, args, ctx) => {
    requireItems(args.parent, 'Parent must be a non-empty dictionary');
    requireItems(args.title, 'Title must be a non-empty list');
    requireItems(args.properties, 'Properties must be a non-empty dictionary');
    const databaseId = newId(state, ctx);
    const now = state.current_time;
    state.databases[databaseId] = {
      database_id: databaseId,
      title: 'New Database',
      properties: args.properties,
      created_time: now,
      last_edited_time: now,
      parent: args.parent,
      archived: false,
    };
    return { database_id: databaseId, title: 'New Database', properties: args.properties, created_time: now };
  },
});

export const notionQueryDatabase = defineNotionTool({
  name: 'notion_query_database',
  description:
    "List a database's items (page id and properties) in the order they were added, page_size (1-100) at a time; start_cursor " +
    'is the last page id of the previous page. filter and sorts are accepted but not applied.',
  input: z.object({
    database_id: z.string(),
    filter: z.record(z.string(), z.any()).nullable().default(null),
    sorts: z.array(z.record(z.string(), z.any())).nullable().default(null),
    start_cursor: z.string().nullable().default(null),
    page_size: anyInteger().default(100),
    format: z.string().default('markdown'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.database_id, 'Database ID must be a non-empty string');
    requireBoundedPageSize(args.page_size);
    requireDatabase(state.databases, args.database_id);
    const page = pageAfterId(ownEntry(state.databaseItems, args.database_id) ?? [], args.start_cursor, args.page_size);
    const results = page.items.flatMap((pageId) => {
      const item = ownEntry(state.pages, pageId);
      return item ? [{ page_id: item.page_id, properties: item.properties }] : [];
    });
    return { results, next_cursor: page.nextCursor, has_more: page.hasMore };
  },
});

export const notionRetrieveDatabase = defineNotionTool({
  name: 'notion_retrieve_database',
  description: "Read a database's id, title, property schema and created/last-edited times (archived databases included).",
  input: z.object({
    database_id: z.string(),
    format: z.string().default('markdown'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.database_id, 'Database ID must be a non-empty string');
    const database = requireDatabase(state.databases, args.database_id);
    return {
      database_id: database.database_id,
      title: database.title,
      properties: database.properties,
      created_time: database.created_time,
      last_edited_time: database.last_edited_time,
    };
  },
});

export const notionUpdateDatabase = defineNotionTool({
  name: 'notion_update_database',
  description:
    'Update a database: properties are merged into its schema; giving any title renames it to "Updated Database"; ' +
    'description is accepted but not stored. Returns the id and the new last_edited_time.',
  input: z.object({
    database_id: z.string(),
    title: z.array(z.record(z.string(), z.any())).nullable().default(null),
    description: z.array(z.record(z.string(), z.any())).nullable().default(null),
    properties: z.record(z.string(), z.any()).nullable().default(null),
    format: z.string().default('markdown'),
  }),
  handler: (state, args) => {
    requireText(args.database_id, 'Database ID must be a non-empty string');
    const database = requireDatabase(state.databases, args.database_id);
    if (args.title !== null) database.title = 'Updated Database';
    if (args.properties !== null) {
      for (const [key, value] of Object.entries(args.properties)) database.properties[key] = value;
    }
    database.last_edited_time = state.current_time;
    return { database_id: args.database_id, last_edited_time: database.last_edited_time };
  },
});

export const notionDeleteDatabase = defineNotionTool({
  name: 'notion_delete_database',
  description:
    'Archive a database: it leaves search results, but can still be retrieved, queried and given new items. ' +
    'Returns {database_id, deleted: true, archived: true}.',
  input: z.object({
    database_id: z.string(),
    format: z.string().default('markdown'),
  }),
  annotations: { destructiveHint: true },
  handler: (state, args) => {
    requireText(args.database_id, 'Database ID must be a non-empty string');
    const database = requireDatabase(state.databases, args.database_id);
    database.archived = true;
    database.last_edited_time = state.current_time;
    return { database_id: args.database_id, deleted: true, archived: true };
  },
});

export const notionCreateDatabaseItem = defineNotionTool({
  name: 'notion_create_database_item',
  description:
    'Add a row to a database: a page titled "Database Item" with the given property values, appended to the database\'s items. ' +
    'Values are not checked against the schema. Returns the new page id, database id, properties and created_time.',
  input: z.object({
    database_id: z.string(),
    properties: z.record(z.string(), z.any()),
    format: z.string().default('markdown'),
  }),
  handler: (state, args, ctx) => {
    requireText(args.database_id, 'Database ID must be a non-empty string');
    requireItems(args.properties, 'Properties must be a non-empty dictionary');
    requireDatabase(state.databases, args.database_id);
    const pageId = newId(state, ctx);
    const now = state.current_time;
    state.pages[pageId] = {
      page_id: pageId,
      title: 'Database Item',
      properties: args.properties,
      created_time: now,
      last_edited_time: now,
      parent: { database_id: args.database_id },
      archived: false,
    };
    appendTo(state.databaseItems, args.database_id, [pageId]);
    return { page_id: pageId, database_id: args.database_id, properties: args.properties, created_time: now };
  },
});
