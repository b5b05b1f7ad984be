import { ToolError, hasEntry, ownEntry, pythonTruthy, utf8Length } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { commitStamp, pathInSha } from '../rules/commit-stamp.js';
import { emptyMap } from '../rules/empty-map.js';
import { repositoryKey } from '../rules/repository-key.js';
import { requireNonEmpty } from '../rules/required-arguments.js';

// Files are kept per repository, not per branch: `branch` arguments are accepted and only echoed.
// Writing files needs no existing repository, as in the reference: the file map is opened on demand.

// With the u flag a well-formed pair reads as one code point, so only unpaired halves match.
const LONE_SURROGATE = /\p{Cs}/u;

/** A stored file's record; the size is counted in UTF-8 bytes. */
function textFile(path: string, content: string) {
  if (LONE_SURROGATE.test(content)) {
    throw new ToolError(`The content of "${path}" is not valid text: it has an unpaired UTF-16 surrogate`);
  }
  return { path, content, encoding: 'utf-8', size: utf8Length(content) };
}

export const getFileContents = defineGitHubServerTool({
  name: 'get_file_contents',
  description:
    'Read the file at `path` in owner/repo: {path, content, encoding, size}. An unknown file (or repository) ' +
    'answers {path, content: null, encoding: null, size: 0}. `branch` is ignored: files are not kept per ' +
    'branch. Fails when owner, repo or path is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    path: z.string(),
    branch: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'path']);
    const files = ownEntry(state.files, repositoryKey(args.owner, args.repo));
    const file = files && ownEntry(files, args.path);
    if (!file) return { path: args.path, content: null, encoding: null, size: 0 };
    return { path: file.path, content: file.content, encoding: file.encoding, size: file.size };
  },
});

export const createFile = defineGitHubServerTool({
  name: 'create_file',
  description:
    'Write `content` to `path` in owner/repo (replacing a file already there), UTF-8 encoded: {commit_sha, ' +
    'file_sha, path}, with SHAs made from the path and the scenario clock. Every argument is required and ' +
    'must not be empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    path: z.string(),
    content: z.string(),
    message: z.string(),
    branch: z.string(),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'path', 'content', 'message', 'branch']);
    const key = repositoryKey(args.owner, args.repo);
    const file = textFile(args.path, args.content);
    state.files[key] ??= emptyMap();
    state.files[key][args.path] = file;
    const shaPath = pathInSha(args.path);
    return { commit_sha: `create_${shaPath}_${commitStamp(state.current_time)}`, file_sha: `file_${shaPath}`, path: args.path };
  },
});

export const deleteFile = defineGitHubServerTool({
  name: 'delete_file',
  description:
    'Delete the file at `path` in owner/repo: {commit_sha, path, deleted: true}. Deleting a file that does ' +
    'not exist also answers deleted: true. `sha` is not checked. Every argument is required and must not be empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    path: z.string(),
    message: z.string(),
    branch: z.string(),
    sha: z.string(),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'path', 'message', 'branch', 'sha']);
    const files = ownEntry(state.files, repositoryKey(args.owner, args.repo));
    if (files && hasEntry(files, args.path)) delete files[args.path];
    return { commit_sha: `delete_${pathInSha(args.path)}_${commitStamp(state.current_time)}`, path: args.path, deleted: true };
  },
});

export const pushFiles = defineGitHubServerTool({
  name: 'push_files',
  description:
    'Write several files to owner/repo in one commit: `files` is a list of {path, content}; entries with an ' +
    'empty or missing path or content are skipped (but counted). Answers {commit_sha, files_changed, branch}. ' +
    'Fails, writing nothing, when an argument is empty or an entry has a path or content that is not text.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    branch: z.string(),
    files: z.array(z.record(z.string(), z.any())),
    message: z.string(),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'branch', 'files', 'message']);
    const key = repositoryKey(args.owner, args.repo);
    state.files[key] ??= emptyMap();
    const files = state.files[key];
    args.files.forEach((entry, index) => {
      const path: unknown = ownEntry(entry, 'path');
      const content: unknown = ownEntry(entry, 'content');
      if (!pythonTruthy(path) || !pythonTruthy(content)) return;
      if (typeof content !== 'string') throw new ToolError(`files[${index}].content must be text, got ${describe(content)}`);
      if (typeof path !== 'string') throw new ToolError(`files[${index}].path must be text, got ${describe(path)}`);
      files[path] = textFile(path, content);
    });
    return {
      commit_sha: `push_${args.files.length}_${commitStamp(state.current_time)}`,
      files_changed: args.files.length,
      branch: args.branch,
    };
  },
});

/** How a value that should have been text is named in an error. */
function describe(value: unknown): string {
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : JSON.stringify(value);
}
