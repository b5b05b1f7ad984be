import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's GoogleDrive scenario: files (with their text content) and sharing
// permissions, each keyed by id. {} is an empty Drive, as in the reference.

export const driveFileSchema = z.object({
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  size: z.string(),
  createdTime: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u),
  modifiedTime: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}/u),
  parents: z.array(z.string()).default(() => []),
  description: z.string().nullable().default(''),
  webViewLink: z.string().nullable().default(''),
  webContentLink: z.string().nullable().default(''),
  content: z.string().default(''),
});

export const permissionSchema = z.object({
  id: z.string(),
  file_id: z.string(),
  role: z.string(),
  type: z.string(),
  emailAddress: z.string().nullable().default(''),
  link: z.string().nullable().default(''),
});

// The reference's GoogleDriveScenario.
export const scenarioSchema = z.object({
  files: z.record(z.string(), driveFileSchema).default(() => ({})),
  permissions: z.record(z.string(), permissionSchema).default(() => ({})),
});

export type GoogleDriveState = z.output<typeof scenarioSchema>;
export type DriveFile = z.output<typeof driveFileSchema>;

/** defineTool for this environment: handlers receive a typed draft of GoogleDriveState. */
export const defineGoogleDriveTool = toolsFor<GoogleDriveState>();
