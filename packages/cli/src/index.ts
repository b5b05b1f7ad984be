// @envfleet/cli — the `envfleet` command's pieces, for embedding and tests.

export { exportArchive } from './commands/export.js';
export { list } from './commands/list.js';
export { newEnvironment, UsageError } from './commands/new-env.js';
export { serve } from './commands/serve.js';
export { kebabCase, scaffoldFiles } from './scaffold.js';
export { ENVFACTORY_DOMAIN_SIZES } from './domains.js';
