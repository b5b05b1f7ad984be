import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { cd, ls, pwd } from './tools/navigate.js';
import { cat, diff, grep, sort, tail, wc } from './tools/read.js';
import { cp, mv, rm, rmdir } from './tools/reorganise.js';
import { du, find } from './tools/search.js';
import { echo, mkdir, touch } from './tools/write.js';

export const bfclGorillaFileSystem = defineEnvironment({
  name: 'BfclGorillaFileSystem',
  domain: 'benchmarks',
  version: '0.1.0',
  description:
    "BFCL v4 multi-turn's GorillaFileSystem: an in-memory file tree with a working directory, under BFCL's own tool and argument names. " +
    'Navigate one level at a time (pwd, ls, cd), create and write (mkdir, touch, echo), read (cat, wc, sort, grep, tail, diff, find, du) ' +
    "and reorganise (mv, cp, rm, rmdir). Loads a BFCL entry's initial_config, with long_context for the long-context category.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [pwd, ls, cd, mkdir, touch, echo, cat, find, wc, sort, grep, du, tail, diff, mv, rm, rmdir, cp],
});

export default bfclGorillaFileSystem;
export { scenarioSchema };
export type { BfclGorillaFileSystemState, DirectoryNode, FileNode, FsNode, Tree } from './scenario.js';
