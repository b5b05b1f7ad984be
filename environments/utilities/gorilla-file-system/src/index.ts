import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { cat, diff, grep, sort, tail, wc } from './tools/read.js';
import { echo, mkdir, touch } from './tools/create.js';
import { du } from './tools/du.js';
import { find } from './tools/find.js';
import { cp, mv } from './tools/move-copy.js';
import { cd, ls, pwd } from './tools/navigation.js';
import { rm, rmdir } from './tools/remove.js';

export const gorillaFileSystem = defineEnvironment({
  name: 'GorillaFileSystem',
  domain: 'utilities',
  version: '0.1.0',
  description:
    'An in-memory Unix-like file system with a working directory: navigate (pwd, ls, cd), create and write ' +
    '(mkdir, touch, echo), read and inspect (cat, find, wc, sort, grep, tail, diff, du), and reorganise ' +
    '(mv, cp, rm, rmdir). Names are resolved in the current working directory.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [pwd, ls, cd, mkdir, touch, echo, cat, find, wc, sort, grep, du, tail, diff, mv, rm, rmdir, cp],
});

export default gorillaFileSystem;
export { scenarioSchema };
export type { DirectoryNode, FileNode, FsNode, GorillaFileSystemState, Tree } from './scenario.js';
