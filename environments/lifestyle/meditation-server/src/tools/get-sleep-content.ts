import { defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineMeditationServerTool } from '../scenario.js';

export const getSleepContent = defineMeditationServerTool({
  name: 'get_sleep_content',
  description:
    'Lists sleep stories, sounds, music and sleep meditations, optionally of one type ("all" or empty for every ' +
    'type) and by one narrator: {sleep_content: [{content_id, title, type, duration_minutes, narrator, description, ' +
    'sleep_aids, rating, play_count}]}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    content_type: defaultNull(z.string()),
    narrator: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const { content_type: type, narrator } = args;
    const items = Object.values(state.sleep_content).filter(
      (c) => (!type || type === 'all' || c.type === type) && (!narrator || c.narrator === narrator),
    );
    return { sleep_content: items.map((c) => ({ ...c, sleep_aids: [...c.sleep_aids] })) };
  },
});
