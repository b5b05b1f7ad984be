import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createShareLink } from './tools/create-share-link.js';
import { downloadFile } from './tools/download-file.js';
import { getItem } from './tools/get-item.js';
import { listChildren } from './tools/list-children.js';
import { uploadFile } from './tools/upload-file.js';
import { uploadLargeFile } from './tools/upload-large-file.js';

export const oneDrive = defineEnvironment({
  name: 'OneDrive',
  domain: 'office',
  version: '0.1.0',
  description:
    'OneDrive: upload text files (at once or through an upload session), download them, list a folder, read an item’s metadata and create view, edit or embed sharing links.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [uploadFile, uploadLargeFile, downloadFile, listChildren, getItem, createShareLink],
});

export default oneDrive;
export { scenarioSchema };
export type { OneDriveState } from './scenario.js';
