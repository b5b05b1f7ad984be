import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { hasPhoneFormat, requireText } from '../phone-number.js';
import { defineWhatsAppTool, type Group, type WhatsAppState } from '../scenario.js';

function requireGroup(state: WhatsAppState, groupId: string): Group {
  const group = ownEntry(state.groups, groupId);
  if (!group) throw new ToolError(`Group ${groupId} not found; group ids look like group_<uuid> (see whatsapp_create_group)`);
  return group;
}

/** Fails on the first participant that is not "+" and 10 to 15 digits, before anything changes. */
function requireParticipantNumbers(participants: readonly string[]): void {
  const bad = participants.find((phone) => !hasPhoneFormat(phone));
  if (bad !== undefined) {
    throw new ToolError(`Invalid participant phone number: ${bad}. Use "+" and 10 to 15 digits, e.g. +14155550123.`);
  }
}

export const whatsappCreateGroup = defineWhatsAppTool({
  name: 'whatsapp_create_group',
  description:
    'Create a group with a name and optional initial participants (phone numbers, kept as given). Its id is ' +
    '"group_<uuid>". Returns {group_id, name, participants}. Fails on an empty name or a malformed number.',
  input: z.object({
    name: z.string(),
    participants: z.array(z.string()).nullable().default(null),
  }),
  handler: (state, args, ctx) => {
    requireText(args.name, 'Name');
    const groupId = `group_${ctx.uuid()}`;
    const participants = args.participants ?? [];
    requireParticipantNumbers(participants);
    state.groups[groupId] = {
      group_id: groupId,
      name: args.name,
      participants: [...participants],
      created_at: state.current_time,
      description: '',
    };
    return { group_id: groupId, name: args.name, participants };
  },
});

export const whatsappGetGroupInfo = defineWhatsAppTool({
  name: 'whatsapp_get_group_info',
  description: "A group's details by id: {group_id, name, participants, created_at, description}.",
  input: z.object({
    group_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireText(args.group_id, 'Group ID');
    const group = requireGroup(state, args.group_id);
    return {
      group_id: group.group_id,
      name: group.name,
      participants: group.participants,
      created_at: group.created_at,
      description: group.description,
    };
  },
});

export const whatsappAddGroupParticipants = defineWhatsAppTool({
  name: 'whatsapp_add_group_participants',
  description:
    'Add phone numbers to a group. Every number must be well formed or nothing is added. Numbers already ' +
    'in the group (or repeated in the request) are reported in failed_participants. Returns ' +
    '{group_id, added_participants, failed_participants}.',
  input: z.object({
    group_id: z.string(),
    participants: z.array(z.string()),
  }),
  handler: (state, args) => {
    requireText(args.group_id, 'Group ID');
    const group = requireGroup(state, args.group_id);
    requireParticipantNumbers(args.participants);
    const added: string[] = [];
    const failed: string[] = [];
    for (const phone of args.participants) {
      if (group.participants.includes(phone)) failed.push(phone);
      else {
        group.participants.push(phone);
        added.push(phone);
      }
    }
    return { group_id: args.group_id, added_participants: added, failed_participants: failed };
  },
});

export const whatsappRemoveGroupParticipants = defineWhatsAppTool({
  name: 'whatsapp_remove_group_participants',
  description:
    'Remove phone numbers from a group (one membership per mention). Numbers not in the group are reported ' +
    'in failed_participants. Returns {group_id, removed_participants, failed_participants}.',
  input: z.object({
    group_id: z.string(),
    participants: z.array(z.string()),
  }),
  handler: (state, args) => {
    requireText(args.group_id, 'Group ID');
    const group = requireGroup(state, args.group_id);
    const removed: string[] = [];
    const failed: string[] = [];
    for (const phone of args.participants) {
      const index = group.participants.indexOf(phone);
      if (index === -1) failed.push(phone);
      else {
        group.participants.splice(index, 1);
        removed.push(phone);
      }
    }
    return { group_id: args.group_id, removed_participants: removed, failed_participants: failed };
  },
});

export const whatsappUpdateGroupName = defineWhatsAppTool({
  name: 'whatsapp_update_group_name',
  description: 'Rename a group. Returns {group_id, name}. Fails on an empty name or an unknown group id.',
  input: z.object({
    group_id: z.string(),
    name: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.group_id, 'Group ID');
    requireText(args.name, 'Name');
    requireGroup(state, args.group_id).name = args.name;
    return { group_id: args.group_id, name: args.name };
  },
});

export const whatsappUpdateGroupDescription = defineWhatsAppTool({
  name: 'whatsapp_update_group_description',
  description: "Replace a group's description. Returns {group_id, description}. Fails on an empty description or an unknown group id.",
  input: z.object({
    group_id: z.string(),
    description: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.group_id, 'Group ID');
    requireText(args.description, 'Description');
    requireGroup(state, args.group_id).description = args.description;
    return { group_id: args.group_id, description: args.description };
  },
});

export const whatsappLeaveGroup = defineWhatsAppTool({
  name: 'whatsapp_leave_group',
  description:
    "Leave a group: it disappears from the account's groups (its messages and chat, if any, stay). Returns {group_id, left: true}.",
  input: z.object({
    group_id: z.string(),
  }),
  handler: (state, args) => {
    requireText(args.group_id, 'Group ID');
    requireGroup(state, args.group_id);
    delete state.groups[args.group_id];
    return { group_id: args.group_id, left: true };
  },
});
