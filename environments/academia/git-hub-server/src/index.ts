import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { createBranch, listBranches } from './tools/branches.js';
import { listCommits } from './tools/commits.js';
import { createFile, deleteFile, getFileContents, pushFiles } from './tools/files.js';
import { addIssueComment, closeIssue, createIssue, getIssue, listIssues, updateIssue } from './tools/issues.js';
import { createPullRequestReview, getPullRequestComments, getPullRequestReviews } from './tools/pull-request-reviews.js';
import {
  createPullRequest,
  getPullRequest,
  getPullRequestFiles,
  getPullRequestStatus,
  listPullRequests,
  mergePullRequest,
  updatePullRequestBranch,
} from './tools/pull-requests.js';
import { createRepository, deleteRepository, forkRepository } from './tools/repositories.js';
import { searchCode, searchIssues, searchRepositories, searchUsers } from './tools/search.js';
import { getGithubUserInfo, listUserRepositories } from './tools/users.js';

export const gitHubServer = defineEnvironment({
  name: 'GitHubServer',
  domain: 'academia',
  version: '0.1.0',
  description:
    'A GitHub account in miniature: create, fork and delete repositories, read and write files, branch, open, update and close issues, open, review and merge pull requests, and search repositories and issues.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    createFile,
    searchRepositories,
    createRepository,
    deleteRepository,
    getFileContents,
    deleteFile,
    pushFiles,
    createIssue,
    createPullRequest,
    forkRepository,
    createBranch,
    listBranches,
    listCommits,
    listIssues,
    updateIssue,
    addIssueComment,
    closeIssue,
    searchCode,
    searchIssues,
    searchUsers,
    getIssue,
    getPullRequest,
    listPullRequests,
    createPullRequestReview,
    mergePullRequest,
    getPullRequestFiles,
    getPullRequestStatus,
    updatePullRequestBranch,
    getPullRequestComments,
    getPullRequestReviews,
    listUserRepositories,
    getGithubUserInfo,
  ],
});

export default gitHubServer;
export { scenarioSchema };
export type { GitHubServerState } from './scenario.js';
