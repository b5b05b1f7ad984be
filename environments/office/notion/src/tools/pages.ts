import { ownEntry, pythonEquals, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { appendTo, createChildBlocks } from '../child-blocks.js';
import { newId } from '../ids.js';
import { defineNotionTool, type NotionPage } from '../scenario.js';
import { requireItems, requireText } from './checks.js';

function findPage<P extends NotionPage>(pages: Record<string, P>, pageId: string): P {
  const page = ownEntry(pages, pageId);
  if (!page) throw new ToolError(`Page ${pageId} not found`);
  return page;
}

export const notionRetrievePage = defineNotionTool({
  name: 'notion_retrieve_page',
  description: "Read a page's id, title, properties and created/last-edited times. Archived pages can still be read.",
  input: z.object({
    page_id: z.string(),
    format: z.string().default('markdown'),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.page_id, 'Page ID must be a non-empty string');
    const page = findPage(state.pages, args.page_id);
    return {
      page_id: page.page_id,
      title: page.title,
      properties: page.properties,
      created_time: page.created_time,
      last_edited_time: page.last_edited_time,
    };
  },
});

export const notionCreatePage = defineNotionTool({
  name: 'notion_create_page',
  description:
    'Create a page titled "New Page" under a parent descriptor such as {"page_id": …} or {"database_id": …} (stored as given, ' +
    "not checked, and not added to a database's items), with optional properties and body blocks ({type, content} each). " +
    'Returns the new page id, parent, properties and timestamps.',
  input: z.object({
    parent: z.record(z.string(), z.any()),
    properties: z.record(z.string(), z.any()).nullable().default(null),
    children: z.array(z.record(z.string(), z.any())).nullable().default(null),
    format: z.string().default('markdown'),
  }),
  handler: (state, args, ctx) => {
    requireItems(args.parent, 'Parent must be a non-empty dictionary');
    const pageId = newId(state, ctx);
    const now = state.current_time;
    const properties = args.properties ?? {};
    state.pages[pageId] = {
      page_id: pageId,
      title: 'New Page',
      properties,
      created_time: now,
      last_edited_time: now,
      parent: args.parent,
      archived: false,
    };
    if (args.children && args.children.length > 0) {
      appendTo(state.pageChildren, pageId, createChildBlocks(state, pageId, args.children, ctx));
    }
    return { page_id: pageId, parent: args.parent, properties, created_time: now, last_edited_time: now };
  },
});

export const notionDeletePage = defineNotionTool({
  name: 'notion_delete_page',
  description: 'Archive a page: it disappears from search but can still be retrieved. Returns {page_id, deleted: true, archived: true}.',
  input: z.object({
    page_id: z.string(),
    format: z.string().default('markdown'),
  }),
  annotations: { destructiveHint: true },
  handler: (state, args) => {
    requireText(args.page_id, 'Page ID must be a non-empty string');
    const page = findPage(state.pages, args.page_id);
    page.archived = true;
    page.last_edited_time = state.current_time;
    return { page_id: args.page_id, deleted: true, archived: true };
  },
});

export const notionUpdatePageProperties = defineNotionTool({
  name: 'notion_update_page_properties',
  description:
    'Set property values on a page, merging them into its properties (other properties are kept). Returns the names of the ' +
    'properties that were added or whose value actually changed, and the new last_edited_time.',
  input: z.object({
    page_id: z.string(),
    properties: z.record(z.string(), z.any()),
    format: z.string().default('markdown'),
  }),
  handler: (state, args) => {
    requireText(args.page_id, 'Page ID must be a non-empty string');
    requireItems(args.properties, 'Properties must be a non-empty dictionary');
    const page = findPage(state.pages, args.page_id);
    // Values compare as Python does: 1, 1.0 and true are the same value, so setting one over another is no change.
    const updated = Object.entries(args.properties)
      .filter(([key, value]) => !Object.hasOwn(page.properties, key) || !pythonEquals(page.properties[key], value))
      .map(([key]) => key);
    for (const [key, value] of Object.entries(args.properties)) page.properties[key] = value;
    page.last_edited_time = state.current_time;
    return { page_id: args.page_id, updated_properties: updated, last_edited_time: page.last_edited_time };
  },
});

export const notionUpdatePageContent = defineNotionTool({
  name: 'notion_update_page_content',
  description:
    'Append blocks ({type, content} each; type defaults to "paragraph") to the end of a page\'s body. Existing blocks are kept. ' +
    'Returns how many blocks the page has now and the new last_edited_time.',
  input: z.object({
    page_id: z.string(),
    children: z.array(z.record(z.string(), z.any())),
    format: z.string().default('markdown'),
  }),
  handler: (state, args, ctx) => {
    requireText(args.page_id, 'Page ID must be a non-empty string');
    requireItems(args.children, 'Children must be a non-empty list');
    const page = findPage(state.pages, args.page_id);
    const children = appendTo(state.pageChildren, args.page_id, createChildBlocks(state, args.page_id, args.children, ctx));
    page.last_edited_time = state.current_time;
    return { page_id: args.page_id, children_count: children.length, last_edited_time: state.current_time };
  },
});
