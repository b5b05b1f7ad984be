import { hasEntry, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { openFreshRepository } from '../rules/fresh-repository.js';
import { repositoryKey } from '../rules/repository-key.js';
import { requireNonEmpty } from '../rules/required-arguments.js';
import { signedInUsername } from '../rules/signed-in-user.js';

export const createRepository = defineGitHubServerTool({
  name: 'create_repository',
  description:
    'Create a repository named `name` under the signed-in user, with one "main" branch and nothing else: ' +
    '{owner, repo, url, created_at}. An existing repository of that name is replaced by the new, empty one. ' +
    '`autoInit` is accepted and ignored. Fails when `name` is empty or no user is signed in.',
  input: z.object({
    name: z.string(),
    description: z.string().nullable().default(null),
    private: z.boolean().nullable().default(null),
    autoInit: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['name']);
    const owner = signedInUsername(state);
    const key = repositoryKey(owner, args.name);
    const url = `https://github.com/${key}`;
    openFreshRepository(state, key, {
      owner,
      repo: args.name,
      description: args.description,
      stars: 0,
      private: args.private ?? false,
      url,
      created_at: state.current_time,
    });
    return { owner, repo: args.name, url, created_at: state.current_time };
  },
});

export const deleteRepository = defineGitHubServerTool({
  name: 'delete_repository',
  description:
    'Delete the repository owner/repo with its issues, pull requests, branches, commits, files and numbering: ' +
    '{owner, repo, deleted}, where `deleted` is false when there was no such repository (nothing changes then).',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const key = repositoryKey(args.owner, args.repo);
    if (!hasEntry(state.repositories, key)) return { owner: args.owner, repo: args.repo, deleted: false };
    delete state.repositories[key];
    delete state.issues[key];
    delete state.pull_requests[key];
    delete state.branches[key];
    delete state.commits[key];
    delete state.files[key];
    delete state.next_issue_number[key];
    delete state.next_pr_number[key];
    return { owner: args.owner, repo: args.repo, deleted: true };
  },
});

export const forkRepository = defineGitHubServerTool({
  name: 'fork_repository',
  description:
    'Fork owner/repo into `organization`, or into the signed-in user when no organization is given: the fork ' +
    'is a new public repository of the same name and description, with one "main" branch and nothing else, ' +
    'replacing any repository already at that place. Answers {owner, repo, forked_from, created_at} even when ' +
    'the source does not exist (nothing is created then). Fails when owner or repo is empty, or when no ' +
    'organization is given and no user is signed in.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    organization: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const sourceKey = repositoryKey(args.owner, args.repo);
    const forkOwner = args.organization || signedInUsername(state);
    const forkKey = repositoryKey(forkOwner, args.repo);
    const source = ownEntry(state.repositories, sourceKey);
    if (source) {
      openFreshRepository(state, forkKey, {
        owner: forkOwner,
        repo: args.repo,
        description: source.description,
        stars: 0,
        private: false,
        url: `https://github.com/${forkKey}`,
        created_at: state.current_time,
      });
    }
    return { owner: forkOwner, repo: args.repo, forked_from: sourceKey, created_at: state.current_time };
  },
});
