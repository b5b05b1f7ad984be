import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineSanvelloMentalHealthServerTool } from '../scenario.js';
import { requireText } from './required-text.js';

export const joinCommunityGroup = defineSanvelloMentalHealthServerTool({
  name: 'join_community_group',
  description:
    'Joins the first peer-support group whose topic is exactly group_topic: {group_id, group_name, member_count, ' +
    'moderated, recent_discussions, guidelines}. Joining changes no counts. Fails when no group has that topic.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    group_topic: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const topic = args.group_topic;
    requireText(topic, 'group_topic');
    const group = Object.values(state.community_groups).find((g) => g.topic === topic);
    if (!group) {
      const topics = [...new Set(Object.values(state.community_groups).map((g) => g.topic))];
      const known =
        topics.length === 0 ? 'there are no groups' : `topics are ${topics.slice(0, 10).join(', ')}${topics.length > 10 ? ', …' : ''}`;
      throw new ToolError(`Community group with topic ${topic} not found; ${known}`);
    }
    return {
      group_id: group.group_id,
      group_name: group.group_name,
      member_count: group.member_count,
      moderated: group.moderated,
      recent_discussions: [
        { thread_id: 't1', title: 'Coping with morning anxiety', replies: 12 },
        { thread_id: 't2', title: 'Sleep tips that worked for me', replies: 8 },
      ],
      guidelines: group.guidelines,
    };
  },
});
