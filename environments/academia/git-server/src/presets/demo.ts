import type { z } from 'zod';
import type { branchSchema, commitSchema, scenarioSchema } from '../scenario.js';

type Commit = z.input<typeof commitSchema>;
type Branch = z.input<typeof branchSchema>;

const commit = (hash: string, author: string, date: string, message: string): Commit => ({ hash, author, date, message });
const branch = (name: string, sha: string, is_current = false): Branch => ({ name, is_current, sha });

const MAYA = 'Maya Castellanos <maya.castellanos@uni-example.edu>';
const JONAS = 'Jonas Brandt <j.brandt@uni-example.edu>';
const PRIYA = 'Priya Raman <priya.raman@uni-example.edu>';

// A research group's working copies, written for this environment: a thesis mid-revision with files in
// every state, a simulation code base checked out on a feature branch with remote-tracking branches
// (origin/ and upstream/), two branches on the same commit, a fresh paper repository with no commits
// or branches yet, and a dataset repository that records nothing but its remotes.
export const demo: z.input<typeof scenarioSchema> = {
  repositories: {
    '/home/maya/thesis': {
      current_branch: 'main',
      commits: [
        commit(
          '9f2c41d7a0b3e8c5f61d2a4b7c9e0f1a3b5d7c92',
          MAYA,
          '2025-03-13 18:42:10',
          'Revise chapter 3 related work after committee feedback',
        ),
        commit('5e81b2c09d4f7a6e3c1b8d2f0a9e7c5b3d1f4a68', MAYA, '2025-03-11 09:15:33', 'Add ablation table for the retrieval experiments'),
        commit(
          'c03d7e5a1f9b2c8d6e4a0f7b3c5d9e1a2b4c6d80',
          JONAS,
          '2025-03-07 14:02:47',
          'Fix bibliography entries for the 2023 workshop papers',
        ),
        commit('71a4f0c8e2d6b9a3c5e7f1d0b2a4c6e8f0a2b4c1', MAYA, '2025-02-26 11:30:00', 'Draft chapter 4: evaluation protocol'),
        commit(
          'e6b3a9d1c7f5e2a0b8d4c6f3a1e9b7d5c3a1f0e2',
          MAYA,
          '2025-02-10 08:05:12',
          'Initial thesis skeleton from the department template',
        ),
      ],
      branches: [
        branch('main', '9f2c41d7a0b3e8c5f61d2a4b7c9e0f1a3b5d7c92', true),
        branch('chapter-5-discussion', '5e81b2c09d4f7a6e3c1b8d2f0a9e7c5b3d1f4a68'),
        branch('origin/main', '9f2c41d7a0b3e8c5f61d2a4b7c9e0f1a3b5d7c92'),
        branch('origin/chapter-5-discussion', '71a4f0c8e2d6b9a3c5e7f1d0b2a4c6e8f0a2b4c1'),
      ],
      staged_files: ['chapters/03-related-work.tex'],
      modified_files: ['chapters/04-evaluation.tex', 'references.bib'],
      untracked_files: ['figures/ablation-heatmap.pdf', 'notes/committee-meeting.md'],
      remotes: { origin: 'https://gitlab.uni-example.edu/castellanos/thesis.git' },
    },
    '/home/maya/protein-sim': {
      current_branch: 'feature/adaptive-timestep',
      commits: [
        commit(
          '4b8e2f6a0c3d9e1b7a5c8f2d4e6a0b3c5d7e9f13',
          PRIYA,
          '2025-03-12 16:48:05',
          'Adaptive timestep: halve dt when energy drift exceeds tolerance',
        ),
        commit('a17c5e9b3d1f8a2c6e0b4d7f9a1c3e5b7d9f0a25', JONAS, '2025-03-05 10:21:40', 'Vectorise the Lennard-Jones force loop'),
        commit('d92f0b4e6a8c1d3f5b7e9a0c2e4f6b8d0a1c3e57', PRIYA, '2025-02-18 13:37:22', 'Add regression test for the water box benchmark'),
        commit('3c6a8e0b2d4f7a9c1e3b5d8f0a2c4e6b9d1f3a74', JONAS, '2025-01-29 09:00:00', 'Release v0.4.0'),
      ],
      branches: [
        branch('main', 'a17c5e9b3d1f8a2c6e0b4d7f9a1c3e5b7d9f0a25'),
        branch('feature/adaptive-timestep', '4b8e2f6a0c3d9e1b7a5c8f2d4e6a0b3c5d7e9f13', true),
        branch('release/0.4', '3c6a8e0b2d4f7a9c1e3b5d8f0a2c4e6b9d1f3a74'),
        branch('bugfix/pbc-wrap', 'a17c5e9b3d1f8a2c6e0b4d7f9a1c3e5b7d9f0a25'),
        branch('origin/main', 'a17c5e9b3d1f8a2c6e0b4d7f9a1c3e5b7d9f0a25'),
        branch('upstream/main', 'd92f0b4e6a8c1d3f5b7e9a0c2e4f6b8d0a1c3e57'),
      ],
      staged_files: [],
      modified_files: ['src/integrator.py'],
      untracked_files: [],
      remotes: {
        origin: 'https://github.com/raman-lab/protein-sim.git',
        upstream: 'https://github.com/openmd-community/protein-sim.git',
      },
    },
    '/home/maya/papers/neurips-2025': {
      current_branch: 'main',
      commits: [],
      branches: [],
      untracked_files: ['main.tex', 'neurips_2025.sty'],
    },
    '/data/shared/annotation-corpus': {
      remotes: { origin: 'git@git.uni-example.edu:nlp/annotation-corpus.git' },
    },
  },
  current_time: '2025-03-14T16:20:00',
};
