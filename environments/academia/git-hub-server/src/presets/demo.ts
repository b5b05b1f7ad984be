import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

// A computational-biology PhD student's account on the morning of 3 March 2025: her own repositories
// (a public library, a private thesis, an empty dotfiles repo), her lab's organization repositories, and
// a classmate's fork with the same name as her library. Worth exploring: issue numbers with a gap (3 was
// never saved), merged and closed pull requests, a protected main branch, a repository with no issues,
// branches or commits yet, a file with non-ASCII text (its size counts UTF-8 bytes) and an empty file.
export const demo: Input = {
  current_user: { username: 'priya-r', name: 'Priya Raman', email: 'priya.raman@example.edu', company: 'OpenBio Lab' },
  current_time: '2025-03-03T09:15:00',
  repositories: {
    'priya-r/sparse-attn': {
      owner: 'priya-r',
      repo: 'sparse-attn',
      description: 'Block-sparse attention kernels for long protein sequences',
      stars: 128,
      private: false,
      url: 'https://github.com/priya-r/sparse-attn',
      created_at: '2023-10-02T14:20:00',
    },
    'priya-r/thesis': {
      owner: 'priya-r',
      repo: 'thesis',
      description: 'PhD thesis: efficient attention for protein structure prediction',
      stars: 2,
      private: true,
      url: 'https://github.com/priya-r/thesis',
      created_at: '2024-01-15T10:00:00',
    },
    'priya-r/dotfiles': {
      owner: 'priya-r',
      repo: 'dotfiles',
      description: null,
      stars: 0,
      private: false,
      url: 'https://github.com/priya-r/dotfiles',
      created_at: '2022-09-01T08:30:00',
    },
    'openbio-lab/protein-bench': {
      owner: 'openbio-lab',
      repo: 'protein-bench',
      description: 'Benchmarks and leaderboards for protein structure prediction models',
      stars: 542,
      private: false,
      url: 'https://github.com/openbio-lab/protein-bench',
      created_at: '2021-06-11T16:45:00',
    },
    'openbio-lab/seminar-notes': {
      owner: 'openbio-lab',
      repo: 'seminar-notes',
      description: 'Notes from the weekly reading seminar',
      stars: 7,
      private: false,
      url: 'https://github.com/openbio-lab/seminar-notes',
      created_at: '2025-02-24T12:00:00',
    },
    'kwame-a/sparse-attn': {
      owner: 'kwame-a',
      repo: 'sparse-attn',
      description: 'Fork of priya-r/sparse-attn with CUDA 12 build fixes',
      stars: 1,
      private: false,
      url: 'https://github.com/kwame-a/sparse-attn',
      created_at: '2024-11-20T19:05:00',
    },
  },
  issues: {
    'priya-r/sparse-attn': {
      '1': {
        issue_number: 1,
        title: 'Kernel crashes on sequences longer than 8192 residues',
        body: 'Reproduced with the 2xyz complex; the block mask overflows int16.',
        state: 'open',
        created_at: '2024-12-01T11:00:00',
        updated_at: '2025-02-28T17:30:00',
        closed_at: null,
      },
      '2': {
        issue_number: 2,
        title: 'Document the attention mask format',
        body: null,
        state: 'closed',
        created_at: '2024-12-05T09:12:00',
        updated_at: '2025-01-10T13:00:00',
        closed_at: '2025-01-10T13:00:00',
      },
    },
    'priya-r/thesis': {
      '1': {
        issue_number: 1,
        title: 'Chapter 4: rerun ablations with the new attention kernel',
        body: 'Use the numbers from protein-bench v2.',
        state: 'open',
        created_at: '2025-02-20T15:00:00',
        updated_at: null,
        closed_at: null,
      },
    },
    'openbio-lab/protein-bench': {
      '1': {
        issue_number: 1,
        title: 'Add ESM3 to the leaderboard',
        body: 'Weights were released last week.',
        state: 'open',
        created_at: '2025-01-08T10:00:00',
        updated_at: '2025-02-12T09:00:00',
        closed_at: null,
      },
      '2': {
        issue_number: 2,
        title: 'TM-score differs from the paper for CASP15 targets',
        body: 'Off by about 0.02 on T1104.',
        state: 'closed',
        created_at: '2025-01-09T14:22:00',
        updated_at: '2025-01-30T08:00:00',
        closed_at: '2025-01-30T08:00:00',
      },
      '4': {
        issue_number: 4,
        title: 'Sparse attention baseline runs out of memory',
        body: 'A100 40GB, batch size 1.',
        state: 'open',
        created_at: '2025-02-27T18:40:00',
        updated_at: null,
        closed_at: null,
      },
    },
  },
  pull_requests: {
    'openbio-lab/protein-bench': {
      '1': {
        pull_number: 1,
        title: 'Fix TM-score normalisation',
        body: 'Closes #2.',
        state: 'merged',
        head: 'fix/tm-score',
        base: 'main',
        created_at: '2025-01-20T10:00:00',
        updated_at: '2025-01-30T08:00:00',
        merged: true,
        merge_commit_sha: 'merge_1_20250130_080000',
      },
      '2': {
        pull_number: 2,
        title: 'Add ESM3 results',
        body: 'Work in progress: three targets still running.',
        state: 'open',
        head: 'feature/esm3',
        base: 'main',
        created_at: '2025-02-12T09:00:00',
        updated_at: '2025-03-01T16:10:00',
        merged: false,
        merge_commit_sha: null,
      },
      '3': {
        pull_number: 3,
        title: 'Switch CI to GPU runners',
        body: null,
        state: 'closed',
        head: 'ci/gpu',
        base: 'dev',
        created_at: '2025-02-02T11:11:00',
        updated_at: '2025-02-03T09:00:00',
        merged: false,
        merge_commit_sha: null,
      },
    },
    'priya-r/sparse-attn': {
      '1': {
        pull_number: 1,
        title: 'Build with CUDA 12',
        body: 'From the fork at kwame-a/sparse-attn.',
        state: 'open',
        head: 'kwame-a:cuda12',
        base: 'main',
        created_at: '2024-11-22T20:00:00',
        updated_at: null,
        merged: false,
        merge_commit_sha: null,
      },
    },
  },
  branches: {
    'priya-r/sparse-attn': {
      main: { name: 'main', sha: 'a41c09e', protected: true },
      'perf/int32-mask': { name: 'perf/int32-mask', sha: 'c7d2b18', protected: false },
    },
    'priya-r/thesis': {
      main: { name: 'main', sha: '5be0f3a', protected: false },
    },
    'priya-r/dotfiles': {
      main: { name: 'main', sha: '0f9e2d1', protected: false },
    },
    'openbio-lab/protein-bench': {
      main: { name: 'main', sha: '9d8e7f6', protected: true },
      dev: { name: 'dev', sha: '8c7b6a5', protected: false },
      'feature/esm3': { name: 'feature/esm3', sha: '7e6d5c4', protected: false },
    },
    'kwame-a/sparse-attn': {
      main: { name: 'main', sha: 'a41c09e', protected: false },
      cuda12: { name: 'cuda12', sha: 'e3f4a5b', protected: false },
    },
  },
  commits: {
    'priya-r/sparse-attn': [
      { sha: 'a41c09e', message: 'Release 0.3.0', author: 'priya-r', date: '2025-02-14T10:00:00' },
      { sha: '3f2e1d0', message: 'Use a block mask instead of a dense one', author: 'priya-r', date: '2025-02-10T18:22:00' },
      { sha: '1a2b3c4', message: 'Initial kernels', author: 'priya-r', date: '2023-10-02T14:20:00' },
    ],
    'priya-r/thesis': [
      { sha: '5be0f3a', message: 'Draft chapter 4', author: 'priya-r', date: '2025-02-28T23:48:00' },
      { sha: '4ad9e2b', message: 'Add bibliography', author: 'priya-r', date: '2025-01-05T12:00:00' },
    ],
    'priya-r/dotfiles': [{ sha: '0f9e2d1', message: 'vimrc and tmux config', author: null, date: null }],
    'openbio-lab/protein-bench': [
      { sha: '9d8e7f6', message: 'Merge pull request #1 from fix/tm-score', author: 'lukas-w', date: '2025-01-30T08:00:00' },
      { sha: '6b5a4c3', message: 'Add CASP15 targets', author: 'priya-r', date: '2025-01-12T09:30:00' },
      { sha: '2c1d0e9', message: 'First leaderboard', author: 'lukas-w', date: '2021-06-11T16:45:00' },
    ],
    'kwame-a/sparse-attn': [{ sha: 'e3f4a5b', message: 'Build with CUDA 12', author: 'kwame-a', date: '2024-11-21T22:10:00' }],
  },
  files: {
    'priya-r/sparse-attn': {
      'README.md': {
        path: 'README.md',
        content: '# sparse-attn\n\nBlock-sparse attention for sequences up to 8192 residues.\n',
        encoding: 'utf-8',
        size: 73,
      },
      'src/kernels/block_mask.cu': {
        path: 'src/kernels/block_mask.cu',
        content: '// block mask kernel\n__global__ void block_mask(int16_t* mask) {}\n',
        encoding: 'utf-8',
        size: 66,
      },
      'src/__init__.py': { path: 'src/__init__.py', content: '', encoding: 'utf-8', size: 0 },
    },
    'priya-r/thesis': {
      'chapters/04-results.tex': {
        path: 'chapters/04-results.tex',
        content: '\\chapter{Results}\nWe compare against AlphaFold 2 — see Table~\\ref{tab:tm}.\n',
        encoding: 'utf-8',
        size: 77,
      },
      'acknowledgements.md': {
        path: 'acknowledgements.md',
        content: 'Thanks to Dr. Müller and the Zürich group.\n',
        encoding: 'utf-8',
        size: 45,
      },
    },
    'openbio-lab/protein-bench': {
      'README.md': {
        path: 'README.md',
        content: '# protein-bench\n\nRun `make bench MODEL=esm3` to add a model.\n',
        encoding: 'utf-8',
        size: 61,
      },
      'results/leaderboard.csv': {
        path: 'results/leaderboard.csv',
        content: 'model,tm_score\nalphafold2,0.89\nrosettafold,0.84\n',
        encoding: 'utf-8',
        size: 48,
      },
    },
  },
  next_issue_number: { 'priya-r/sparse-attn': 3, 'priya-r/thesis': 2, 'openbio-lab/protein-bench': 5, 'priya-r/dotfiles': 1 },
  next_pr_number: { 'priya-r/sparse-attn': 2, 'openbio-lab/protein-bench': 4, 'priya-r/dotfiles': 1 },
};
