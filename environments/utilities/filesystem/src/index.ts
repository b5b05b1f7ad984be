import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createDirectory } from './tools/create-directory.js';
import { directoryTree } from './tools/directory-tree.js';
import { editFile } from './tools/edit-file.js';
import { getFileInfo } from './tools/get-file-info.js';
import { listDirectory } from './tools/list-directory.js';
import { moveFile } from './tools/move-file.js';
import { readMediaFile, readMultipleFiles, readTextFile } from './tools/read.js';
import { searchFiles } from './tools/search-files.js';
import { writeFile } from './tools/write-file.js';

export const filesystem = defineEnvironment({
  name: 'Filesystem',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'An in-memory file tree: read text and media files, write and edit files (with unified diffs), create, list ' +
    'and move directories, glob search, recursive trees and file metadata.',
  scenario: scenarioSchema,
  presets: { demo },
  // Metadata times come from the scenario's current_time (UTC, no zone suffix); it never advances.
  clock: (state) => `${state.current_time}Z`,
  tools: [
    readTextFile,
    readMediaFile,
    readMultipleFiles,
    writeFile,
    editFile,
    createDirectory,
    listDirectory,
    moveFile,
    searchFiles,
    directoryTree,
    getFileInfo,
  ],
});

export default filesystem;
export { scenarioSchema };
export type { FileInfo, FilesystemState } from './scenario.js';
