import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { gitAdd } from './tools/git-add.js';
import { gitBranch } from './tools/git-branch.js';
import { gitCheckout } from './tools/git-checkout.js';
import { gitCommit } from './tools/git-commit.js';
import { gitCreateBranch } from './tools/git-create-branch.js';
import { gitDiff } from './tools/git-diff.js';
import { gitDiffStaged } from './tools/git-diff-staged.js';
import { gitDiffUnstaged } from './tools/git-diff-unstaged.js';
import { gitLog } from './tools/git-log.js';
import { gitPull } from './tools/git-pull.js';
import { gitPush } from './tools/git-push.js';
import { gitReset } from './tools/git-reset.js';
import { gitShow } from './tools/git-show.js';
import { gitStatus } from './tools/git-status.js';

export const gitServer = defineEnvironment({
  name: 'GitServer',
  domain: 'academia',
  version: '0.1.0',
  description:
    'A simulated Git workspace over several repositories: read status, logs, branches, commits and diffs, stage and commit files, create and switch branches, and push or pull (simulated, nothing leaves the scenario).',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    gitStatus,
    gitLog,
    gitBranch,
    gitShow,
    gitDiffUnstaged,
    gitDiffStaged,
    gitDiff,
    gitAdd,
    gitCommit,
    gitReset,
    gitCreateBranch,
    gitCheckout,
    gitPush,
    gitPull,
  ],
});

export default gitServer;
export { scenarioSchema };
export type { GitServerState } from './scenario.js';
