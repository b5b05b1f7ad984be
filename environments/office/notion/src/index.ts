import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import {
  notionAppendBlockChildren,
  notionCreateBlock,
  notionDeleteBlock,
  notionRetrieveBlockChildren,
  notionUpdateBlock,
} from './tools/blocks.js';
import {
  notionCreateComment,
  notionDeleteComment,
  notionResolveComment,
  notionRetrieveComments,
  notionUpdateComment,
} from './tools/comments.js';
import {
  notionCreateDatabase,
  notionCreateDatabaseItem,
  notionDeleteDatabase,
  notionQueryDatabase,
  notionRetrieveDatabase,
  notionUpdateDatabase,
} from './tools/databases.js';
import {
  notionCreatePage,
  notionDeletePage,
  notionRetrievePage,
  notionUpdatePageContent,
  notionUpdatePageProperties,
} from './tools/pages.js';
import { notionSearch } from './tools/search.js';
import { notionListAllUsers, notionRetrieveBotUser, notionRetrieveUser } from './tools/users.js';

export const notion = defineEnvironment({
  name: 'Notion',
  domain: 'office',
  version: '0.1.0',
  description:
    'A Notion workspace: pages with properties and block content, databases and their items, title search, users, and comment threads.',
  scenario: scenarioSchema,
  presets: { demo },
  clock: (state) => state.current_time,
  tools: [
    notionAppendBlockChildren,
    notionRetrieveBlockChildren,
    notionCreateBlock,
    notionUpdateBlock,
    notionDeleteBlock,
    notionRetrievePage,
    notionCreatePage,
    notionDeletePage,
    notionUpdatePageProperties,
    notionUpdatePageContent,
    notionCreateDatabase,
    notionQueryDatabase,
    notionRetrieveDatabase,
    notionUpdateDatabase,
    notionDeleteDatabase,
    notionCreateDatabaseItem,
    notionSearch,
    notionListAllUsers,
    notionRetrieveUser,
    notionRetrieveBotUser,
    notionCreateComment,
    notionRetrieveComments,
    notionUpdateComment,
    notionDeleteComment,
    notionResolveComment,
  ],
});

export default notion;
export { scenarioSchema };
export type { NotionBlock, NotionComment, NotionPage, NotionState } from './scenario.js';
