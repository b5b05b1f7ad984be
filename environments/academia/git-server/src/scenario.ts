import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's GitServer scenario. Every field has a default, so {} loads the
// reference's default world (the reference itself requires current_time; we start its clock at
// 2025-01-01T00:00:00).
//
// Repositories are free-form records keyed by path, kept exactly as the scenario gives them, as the
// reference keeps them. The tools read and write these fields of a repository:
//   commits          list of commits (commitSchema), newest first
//   branches         list of branches (branchSchema)
//   current_branch   the checked-out branch's name ("main" when absent)
//   staged_files, modified_files, untracked_files   lists of file paths
// Anything else (remotes, descriptions) is carried along untouched.
export const commitSchema = z.object({
  hash: z.string(),
  author: z.string(),
  date: z.string(),
  message: z.string(),
});

export const branchSchema = z.object({
  name: z.string(),
  is_current: z.boolean(),
  sha: z.string(),
});

// The reference's GitScenario.
export const scenarioSchema = z.object({
  // keyedRecord keeps a "__proto__" path or field as an ordinary key, as the reference does.
  repositories: keyedRecord(keyedRecord(z.unknown())).default(() => ({})),
  remoteUrlsMap: z.record(z.string(), z.string()).default(() => ({
    origin: 'https://github.com/user/repo.git',
    upstream: 'https://github.com/original/repo.git',
    fork: 'https://github.com/forked/repo.git',
    backup: 'https://backup.example.com/repo.git',
    mirror: 'https://mirror.example.com/repo.git',
    dev: 'https://dev.example.com/repo.git',
    staging: 'https://staging.example.com/repo.git',
    production: 'https://prod.example.com/repo.git',
    local: '/path/to/local/repo.git',
    test: 'https://test.example.com/repo.git',
    docs: 'https://docs.example.com/repo.git',
    ci: 'https://ci.example.com/repo.git',
    qa: 'https://qa.example.com/repo.git',
    uat: 'https://uat.example.com/repo.git',
    release: 'https://release.example.com/repo.git',
    beta: 'https://beta.example.com/repo.git',
    alpha: 'https://alpha.example.com/repo.git',
    nightly: 'https://nightly.example.com/repo.git',
    stable: 'https://stable.example.com/repo.git',
    legacy: 'https://legacy.example.com/repo.git',
  })),
  branchPrefixesMap: z.record(z.string(), z.string()).default(() => ({
    feature: 'feature/',
    bugfix: 'bugfix/',
    hotfix: 'hotfix/',
    release: 'release/',
    chore: 'chore/',
    docs: 'docs/',
    refactor: 'refactor/',
    test: 'test/',
    style: 'style/',
    perf: 'perf/',
    ci: 'ci/',
    build: 'build/',
    revert: 'revert/',
    merge: 'merge/',
    wip: 'wip/',
    experimental: 'experimental/',
    prototype: 'prototype/',
    backup: 'backup/',
    archive: 'archive/',
    deprecated: 'deprecated/',
    legacy: 'legacy/',
  })),
  defaultBranchesMap: z.record(z.string(), z.string()).default(() => ({
    GitHub: 'main',
    GitLab: 'main',
    Bitbucket: 'master',
    Azure: 'master',
    'AWS CodeCommit': 'master',
    'Google Cloud Source': 'master',
    default: 'main',
    legacy: 'master',
    old: 'master',
    modern: 'main',
    enterprise: 'master',
    'open-source': 'main',
    community: 'main',
    corporate: 'master',
    startup: 'main',
    personal: 'main',
    fork: 'main',
    mirror: 'main',
  })),
  // The clock never moves: every new commit is dated current_time.
  current_time: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}T\p{Nd}{2}:\p{Nd}{2}:\p{Nd}{2}$/u, 'current_time must look like 2025-01-01T09:00:00')
    .default('2025-01-01T00:00:00'),
});

export type GitServerState = z.output<typeof scenarioSchema>;
export type RepositoryData = GitServerState['repositories'][string];

/** defineTool for this environment: handlers receive a typed draft of GitServerState. */
export const defineGitServerTool = toolsFor<GitServerState>();
