import { anyInteger, stableHash } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { requireNonEmpty } from '../rules/required-arguments.js';

// Reviews and review comments are not stored: submitting a review only answers a receipt.

const pullNumber = { owner: z.string(), repo: z.string(), pull_number: anyInteger() };

export const createPullRequestReview = defineGitHubServerTool({
  name: 'create_pull_request_review',
  description:
    'Submit a review of a pull request with `event` (for example APPROVE, REQUEST_CHANGES or COMMENT) as its ' +
    'state: {review_id, pull_number, state, submitted_at}. The pull request is not looked up and the review ' +
    'is not stored; the id is derived from the repository, number and text. Fails when owner, repo, body or ' +
    'event is empty.',
  input: z.object({
    ...pullNumber,
    body: z.string(),
    event: z.string(),
    commit_id: z.string().nullable().default(null),
    comments: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'body', 'event']);
    const review_id = stableHash(`${args.owner}/${args.repo}/${args.pull_number}/${args.body}`) % 1_000_000;
    return { review_id, pull_number: args.pull_number, state: args.event, submitted_at: state.current_time };
  },
});

export const getPullRequestReviews = defineGitHubServerTool({
  name: 'get_pull_request_reviews',
  description:
    'The reviews of a pull request. Reviews are not stored, so this is always {reviews: []}. Fails only when owner or repo is empty.',
  input: z.object(pullNumber),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    return { reviews: [] };
  },
});

export const getPullRequestComments = defineGitHubServerTool({
  name: 'get_pull_request_comments',
  description:
    'The review comments on a pull request. Comments are not stored, so this is always {comments: []}. Fails ' +
    'only when owner or repo is empty.',
  input: z.object(pullNumber),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    return { comments: [] };
  },
});
