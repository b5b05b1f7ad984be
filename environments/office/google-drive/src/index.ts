import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createPermission } from './tools/create-permission.js';
import { downloadFile } from './tools/download-file.js';
import { getFile } from './tools/get-file.js';
import { listFiles } from './tools/list-files.js';
import { uploadFile } from './tools/upload-file.js';

export const googleDrive = defineEnvironment({
  name: 'GoogleDrive',
  domain: 'office',
  version: '0.1.0',
  description:
    "Google Drive: upload and download text files, list files, read a file's metadata, and share a file with a person, group, domain or anyone.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [uploadFile, downloadFile, listFiles, getFile, createPermission],
});

export default googleDrive;
export { scenarioSchema };
export type { GoogleDriveState } from './scenario.js';
