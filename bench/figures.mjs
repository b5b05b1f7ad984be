// The figures of `pnpm bench`, in the order they run. Each runs in a fresh process of its own;
// `execArgv` are the node flags it needs.
export const FIGURES = [
  { name: 'episode', execArgv: [] },
  { name: 'reference-episode', execArgv: [] },
  { name: 'live-episodes', execArgv: ['--expose-gc'] },
  { name: 'fork-growth', execArgv: [] },
  { name: 'gateway-step', execArgv: [] },
  { name: 'mcp-call', execArgv: [] },
  { name: 'redis-step', execArgv: [] },
  { name: 'fuzz-worst', execArgv: [] },
];

/** The figures the issue sets a goal for, in its order (first in every table). */
export const GOAL_KEYS = [
  'gatewayStepVsEcho',
  'episodeMicros',
  'liveEpisodesPerGiB',
  'mcpCallVsSdkMinimal',
  'forkGrowth10KBto10MB',
  'httpEpisodeMillis',
  'redisStepVsMemory',
  'redisWriteStepMillisP99Loaded',
  'fuzzWorstCallMillis',
];
