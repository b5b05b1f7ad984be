import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { signedInUsername } from '../rules/signed-in-user.js';

export const getGithubUserInfo = defineGitHubServerTool({
  name: 'get_github_user_info',
  description:
    'The signed-in user exactly as the scenario records it (for example {username, name, email}), or {} when ' + 'nobody is signed in.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ ...(state.current_user ?? {}) }),
});

export const listUserRepositories = defineGitHubServerTool({
  name: 'list_user_repositories',
  description:
    "The signed-in user's own repositories in creation order: {repositories: [{owner, repo, description, " +
    'private}]}. `type`, `sort`, `direction`, `per_page` and `page` are accepted and ignored. Fails when ' +
    'repositories exist but no user is signed in.',
  input: z.object({
    type: z.string().nullable().default(null),
    sort: z.string().nullable().default(null),
    direction: z.string().nullable().default(null),
    per_page: z.string().nullable().default(null),
    page: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    const all = Object.values(state.repositories);
    // The reference only asks who is signed in when there is a repository to compare with.
    if (all.length === 0) return { repositories: [] };
    const username = signedInUsername(state);
    const repositories = all
      .filter((repository) => repository.owner === username)
      .map(({ owner, repo, description, private: isPrivate }) => ({ owner, repo, description, private: isPrivate }));
    return { repositories };
  },
});
