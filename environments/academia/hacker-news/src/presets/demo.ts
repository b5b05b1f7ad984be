import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const story = (story_id: number, title: string, url: string | null, author: string, points: number, created_at: string) => ({
  story_id,
  title,
  url,
  author,
  points,
  created_at,
});

const rust = story(
  41000101,
  'Rewriting our build system in Rust cut CI time by 70%',
  'https://example.dev/blog/rust-build',
  'cmuratori_fan',
  842,
  '2025-02-11T14:02:00Z',
);
const sqlite = story(
  41000177,
  'SQLite is all you need for most side projects',
  'https://example.org/sqlite-side-projects',
  'dr_hipp_reader',
  615,
  '2025-02-11T16:45:00Z',
);
const askHn = story(41000230, 'Ask HN: How do you keep a personal knowledge base?', null, 'notetaker42', 301, '2025-02-11T18:20:00Z');
const show = story(
  41000311,
  'Show HN: A 4 KB terminal text editor',
  'https://github.com/tinyed/tinyed',
  'tinyed',
  188,
  '2025-02-11T20:05:00Z',
);
const job = story(
  41000402,
  'Acme Robotics (YC W23) is hiring firmware engineers',
  'https://example.com/jobs/firmware',
  'acme_jobs',
  1,
  '2025-02-11T21:00:00Z',
);

// One February day on Hacker News: five stories across the front-page lists, a thread of comments,
// three users (one with no bio and no submissions on file), and search results for two queries.
export const demo: Input = {
  stories: { 41000101: rust, 41000177: sqlite, 41000230: askHn, 41000311: show, 41000402: job },
  comments: {
    41000120: {
      comment_id: 41000120,
      author: 'pcwalton_fan',
      text: 'Incremental compilation was the real win for us.',
      created_at: '2025-02-11T14:30:00Z',
    },
    41000131: { comment_id: 41000131, author: 'notetaker42', text: 'How large is the codebase?', created_at: '2025-02-11T14:41:00Z' },
    41000145: {
      comment_id: 41000145,
      author: 'cmuratori_fan',
      text: 'About 400k lines, mostly C++ before the rewrite.',
      created_at: '2025-02-11T15:02:00Z',
    },
    41000190: {
      comment_id: 41000190,
      author: 'dr_hipp_reader',
      text: 'WAL mode plus a nightly backup covers 90% of cases.',
      created_at: '2025-02-11T17:10:00Z',
    },
  },
  users: {
    cmuratori_fan: {
      user_id: 'cmuratori_fan',
      karma: 12840,
      created: '2014-06-02T09:00:00Z',
      about: 'Build engineer. Opinions are my own.',
    },
    notetaker42: { user_id: 'notetaker42', karma: 311, created: '2021-11-19T22:15:00Z', about: 'Zettelkasten enthusiast.' },
    lurker: { user_id: 'lurker', karma: 1, created: '2025-01-30T08:00:00Z' },
  },
  submissions: {
    cmuratori_fan: [
      { story_id: 41000101, submission_type: 'story', title: rust.title, url: rust.url, points: 842, created_at: rust.created_at },
      { story_id: 41000145, submission_type: 'comment', points: 12, created_at: '2025-02-11T15:02:00Z' },
    ],
    notetaker42: [
      { story_id: 41000230, submission_type: 'story', title: askHn.title, points: 301, created_at: askHn.created_at },
      { story_id: 41000131, submission_type: 'comment', points: 3, created_at: '2025-02-11T14:41:00Z' },
    ],
  },
  searchResults: {
    rust: [rust],
    sqlite: [sqlite, askHn],
  },
  categorizedStories: {
    top: [rust, sqlite, askHn, show],
    new: [job, show, askHn],
    best: [rust, sqlite],
    ask: [askHn],
    show: [show],
    job: [job],
  },
};
