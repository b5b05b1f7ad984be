import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Scenario = z.input<typeof scenarioSchema>;
type BlockSpec = { id: string; type: string; text?: string; checked?: boolean; archived?: boolean; edited?: string };

// Northwind's product team workspace in mid-March 2025: a handbook with a nested onboarding
// checklist long enough to page through, a roadmap with open and resolved comment threads, weekly
// meeting notes, a sprint task board, a bug tracker, and an archived reading list and launch plan.
// Edges worth exploring: archived pages and databases (absent from search, still retrievable), an
// archived block still listed by its parent, a child id with no block behind it, a user without an
// email, a database item whose title repeats another page's words, and no bot user until asked for.
const NOW = '2025-03-14T16:30:00';
const CREATED = '2025-01-06T09:00:00';

const scenario: Required<Scenario> = {
  blocks: {},
  pages: {},
  databases: {},
  users: {},
  comments: {},
  blockChildren: {},
  pageChildren: {},
  databaseItems: {},
  commentThreads: {},
  current_time: NOW,
};

function content(spec: BlockSpec): Record<string, unknown> {
  const rich = spec.text === undefined ? {} : { rich_text: [{ type: 'text', text: { content: spec.text } }] };
  return spec.checked === undefined ? rich : { ...rich, checked: spec.checked };
}

function blocks(parentId: string, specs: BlockSpec[]): string[] {
  for (const spec of specs) {
    scenario.blocks[spec.id] = {
      block_id: spec.id,
      type: spec.type,
      content: content(spec),
      created_time: CREATED,
      last_edited_time: spec.edited ?? CREATED,
      parent_id: parentId,
      archived: spec.archived ?? false,
    };
  }
  return specs.map((spec) => spec.id);
}

function page(id: string, title: string, parent: Record<string, unknown>, created: string, extra: { archived?: boolean } = {}): void {
  scenario.pages[id] = {
    page_id: id,
    title,
    properties: { title: { title: [{ text: { content: title } }] } },
    created_time: created,
    last_edited_time: created,
    parent,
    archived: extra.archived ?? false,
  };
}

function database(id: string, title: string, properties: Record<string, unknown>, archived = false): void {
  scenario.databases[id] = {
    database_id: id,
    title,
    properties,
    created_time: CREATED,
    last_edited_time: '2025-03-10T11:15:00',
    parent: { page_id: 'page_handbook' },
    archived,
  };
}

function item(databaseId: string, id: string, title: string, properties: Record<string, unknown>, created: string): void {
  scenario.pages[id] = {
    page_id: id,
    title,
    properties,
    created_time: created,
    last_edited_time: created,
    parent: { database_id: databaseId },
    archived: false,
  };
  (scenario.databaseItems[databaseId] ??= []).push(id);
}

const text = (value: string) => ({ type: 'text', text: { content: value } });

function comment(id: string, parentId: string, discussionId: string, body: string, created: string, resolved = false): void {
  scenario.comments[id] = {
    comment_id: id,
    rich_text: [text(body)],
    created_time: created,
    last_edited_time: created,
    parent_id: parentId,
    discussion_id: discussionId,
    resolved,
    resolved_time: resolved ? '2025-03-12T10:05:00' : null,
    resolved_by: resolved ? { user_id: 'user_maya' } : null,
  };
  (scenario.commentThreads[parentId] ??= []).push(id);
}

// People
const people: [string, string, string | null, string][] = [
  ['user_maya', 'Maya Chen', 'maya.chen@northwind.io', 'person'],
  ['user_liam', 'Liam Ortiz', 'liam.ortiz@northwind.io', 'person'],
  ['user_priya', 'Priya Rao', 'priya.rao@northwind.io', 'person'],
  ['user_sofia', 'Sofia Berg', 'sofia.berg@northwind.io', 'person'],
  ['user_jonas', 'Jonas Weber', null, 'person'],
  ['user_amara', 'Amara Okafor', 'amara.okafor@northwind.io', 'person'],
  ['bot_github', 'GitHub Sync', null, 'bot'],
];
for (const [user_id, name, email, type] of people) scenario.users[user_id] = { user_id, name, email, type };

// Handbook and onboarding
page('page_handbook', 'Team Handbook', { workspace: true }, CREATED);
scenario.pageChildren.page_handbook = blocks('page_handbook', [
  { id: 'blk_handbook_title', type: 'heading_1', text: 'How the product team works' },
  { id: 'blk_handbook_intro', type: 'paragraph', text: 'Start here: rituals, tools and who to ask.' },
  { id: 'blk_handbook_rituals', type: 'toggle', text: 'Rituals' },
  { id: 'blk_handbook_divider', type: 'divider' },
]);
scenario.blockChildren.blk_handbook_rituals = [
  ...blocks('blk_handbook_rituals', [
    { id: 'blk_ritual_standup', type: 'bulleted_list_item', text: 'Stand-up, 09:30 daily' },
    { id: 'blk_ritual_sync', type: 'bulleted_list_item', text: 'Weekly sync, Mondays 14:00' },
    { id: 'blk_ritual_retro', type: 'bulleted_list_item', text: 'Retro every other Friday', archived: true, edited: '2025-02-28T17:00:00' },
  ]),
  // Listed as a child, but the block behind it was removed: listings skip it.
  'blk_ritual_deleted',
];

page('page_onboarding', 'Onboarding Checklist', { page_id: 'page_handbook' }, '2025-01-08T10:30:00');
scenario.pageChildren.page_onboarding = blocks('page_onboarding', [
  { id: 'blk_onb_heading', type: 'heading_2', text: 'Your first two weeks' },
  { id: 'blk_onb_week1', type: 'toggle', text: 'Week 1' },
  { id: 'blk_onb_week2', type: 'toggle', text: 'Week 2' },
]);
const week1 = [
  'Get laptop from IT',
  'Set up SSO and 2FA',
  'Join #product and #eng channels',
  'Read the Team Handbook',
  'Meet your onboarding buddy',
  'Clone the web repo',
  'Run the app locally',
  'Ship a copy fix',
  'Shadow a customer call',
  'Attend the weekly sync',
  'Review the Q2 roadmap',
  'Book 1:1s with the team',
];
scenario.blockChildren.blk_onb_week1 = blocks(
  'blk_onb_week1',
  week1.map((task, index) => ({ id: `blk_onb_w1_${String(index + 1).padStart(2, '0')}`, type: 'to_do', text: task, checked: index < 5 })),
);
scenario.blockChildren.blk_onb_week2 = [];

// Roadmap
page('page_roadmap', 'Q2 Roadmap', { workspace: true }, '2025-02-03T09:00:00');
scenario.pageChildren.page_roadmap = blocks('page_roadmap', [
  { id: 'blk_roadmap_heading', type: 'heading_1', text: 'Q2 2025 themes' },
  { id: 'blk_roadmap_checkout', type: 'paragraph', text: 'One-page checkout: cut drop-off at payment by 15%.' },
  { id: 'blk_roadmap_search', type: 'paragraph', text: 'Search relevance: typo tolerance and synonyms.' },
  { id: 'blk_roadmap_callout', type: 'callout', text: 'Dates are targets, not commitments.' },
  { id: 'blk_roadmap_draft', type: 'paragraph', text: 'Loyalty programme (cut)', archived: true, edited: '2025-03-07T15:20:00' },
]);

// Meeting notes
page('page_meetings', 'Meeting Notes', { workspace: true }, CREATED);
page('page_sync_0303', 'Weekly Sync 2025-03-03', { page_id: 'page_meetings' }, '2025-03-03T14:00:00');
page('page_sync_0310', 'Weekly Sync 2025-03-10', { page_id: 'page_meetings' }, '2025-03-10T14:00:00');
scenario.pageChildren.page_sync_0310 = blocks('page_sync_0310', [
  { id: 'blk_sync_attendees', type: 'paragraph', text: 'Maya, Liam, Priya, Sofia' },
  { id: 'blk_sync_decision', type: 'bulleted_list_item', text: 'Checkout A/B test starts 2025-03-17' },
  { id: 'blk_sync_action', type: 'to_do', text: 'Liam: draft search synonyms list', checked: false },
]);
page('page_launch_2024', 'Launch Plan 2024', { workspace: true }, '2024-09-02T09:00:00', { archived: true });

// Sprint tasks
database('db_tasks', 'Sprint Tasks', {
  Name: { type: 'title' },
  Status: { type: 'select', options: ['Backlog', 'In progress', 'In review', 'Done'] },
  Assignee: { type: 'people' },
  Due: { type: 'date' },
  Priority: { type: 'select', options: ['P0', 'P1', 'P2'] },
  Points: { type: 'number' },
});
const tasks: [string, string, string, string, string, number][] = [
  ['Checkout: address autocomplete', 'In progress', 'user_liam', '2025-03-18', 'P1', 5],
  ['Checkout: Apple Pay button', 'Backlog', 'user_priya', '2025-03-25', 'P1', 3],
  ['Search: synonym dictionary', 'In review', 'user_sofia', '2025-03-14', 'P2', 2],
  ['Fix flaky payment webhook test', 'Done', 'user_jonas', '2025-03-11', 'P0', 1],
  ['Roadmap review deck', 'In progress', 'user_maya', '2025-03-17', 'P1', 2],
  ['Search: typo tolerance spike', 'Backlog', 'user_sofia', '2025-03-28', 'P2', 8],
  ['Onboard Amara', 'Done', 'user_maya', '2025-03-07', 'P2', 1],
];
tasks.forEach(([name, status, assignee, due, priority, points], index) => {
  item(
    'db_tasks',
    `task_${101 + index}`,
    name,
    { Name: name, Status: status, Assignee: assignee, Due: due, Priority: priority, Points: points },
    `2025-03-0${3 + (index % 5)}T10:00:00`,
  );
});

// Bug tracker
database('db_bugs', 'Bug Tracker', {
  Title: { type: 'title' },
  Severity: { type: 'select', options: ['Low', 'Medium', 'High', 'Critical'] },
  Reporter: { type: 'people' },
  Fixed: { type: 'checkbox' },
});
item(
  'db_bugs',
  'bug_1',
  'Checkout total ignores coupon',
  { Title: 'Checkout total ignores coupon', Severity: 'High', Reporter: 'user_priya', Fixed: false },
  '2025-03-05T12:40:00',
);
item(
  'db_bugs',
  'bug_2',
  'Search returns archived products',
  { Title: 'Search returns archived products', Severity: 'Medium', Reporter: 'user_sofia', Fixed: true },
  '2025-03-06T09:10:00',
);
item(
  'db_bugs',
  'bug_3',
  'Dark mode contrast on buttons',
  { Title: 'Dark mode contrast on buttons', Severity: 'Low', Reporter: 'user_amara', Fixed: false },
  '2025-03-12T16:45:00',
);

// An archived database that still holds items.
database('db_reading', 'Reading List', { Title: { type: 'title' }, Read: { type: 'checkbox' } }, true);
item('db_reading', 'read_1', 'Inspired', { Title: 'Inspired', Read: true }, '2025-01-15T08:00:00');
item('db_reading', 'read_2', 'Continuous Discovery Habits', { Title: 'Continuous Discovery Habits', Read: false }, '2025-01-15T08:05:00');

// Comment threads: a roadmap discussion with a reply, a resolved thread, a block-level comment.
comment('cmt_roadmap_1', 'page_roadmap', 'disc_checkout', 'Is 15% realistic for Q2?', '2025-03-10T09:12:00');
comment('cmt_roadmap_2', 'page_roadmap', 'disc_checkout', 'Yes, the January test already showed 9%.', '2025-03-10T11:40:00');
comment('cmt_roadmap_3', 'page_roadmap', 'disc_loyalty', 'Should loyalty move to Q3?', '2025-03-07T15:00:00', true);
comment('cmt_callout_1', 'blk_roadmap_callout', 'disc_dates', 'Can we add the freeze dates here?', '2025-03-11T13:25:00');
comment('cmt_onboarding_1', 'page_onboarding', 'disc_buddy', 'Who is the buddy for Amara?', '2025-03-03T08:50:00');

export const demo: Scenario = scenario;
