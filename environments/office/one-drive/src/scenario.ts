import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's OneDrive scenario. Files (with their text content), folders and sharing
// links, each keyed by id, and the clock every upload is stamped with. {} is an empty drive.

// The reference checks that a timestamp starts with a date and time; anything may follow.
const timestamp = (field: string) =>
  z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u, `${field} must start with YYYY-MM-DDTHH:MM:SS`);

export const fileItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  content: z.string(),
  size: z.int().min(0),
  content_type: z.string().default('application/octet-stream'),
  parent_id: z.string().nullable().default(null),
  webUrl: z.string(),
  downloadUrl: z.string(),
  createdDateTime: timestamp('createdDateTime'),
  lastModifiedDateTime: timestamp('lastModifiedDateTime'),
});

export const folderItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  parent_id: z.string().nullable().default(null),
  webUrl: z.string(),
  createdDateTime: timestamp('createdDateTime'),
  lastModifiedDateTime: timestamp('lastModifiedDateTime'),
});

export const shareLinkSchema = z.object({
  id: z.string(),
  item_id: z.string(),
  roles: z.array(z.string()),
  link_type: z.string(),
  scope: z.string(),
  webUrl: z.string(),
  webHtml: z.string().nullable().default(null),
});

/** The clock when a scenario gives none (the reference requires one, so `{}` could not load there). */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';

// The reference's OneDriveScenario.
export const scenarioSchema = z.object({
  files: z.record(z.string(), fileItemSchema).default(() => ({})),
  folders: z.record(z.string(), folderItemSchema).default(() => ({})),
  share_links: z.record(z.string(), shareLinkSchema).default(() => ({})),
  current_time: timestamp('current_time').default(DEFAULT_CURRENT_TIME),
});

export type OneDriveState = z.output<typeof scenarioSchema>;
export type FileItem = z.output<typeof fileItemSchema>;
export type FolderItem = z.output<typeof folderItemSchema>;

/** defineTool for this environment: handlers receive a typed draft of OneDriveState. */
export const defineOneDriveTool = toolsFor<OneDriveState>();
