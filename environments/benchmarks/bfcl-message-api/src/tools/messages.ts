import { PythonRandom, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import type { Draft } from '@envfleet/kit';
import { type BfclMessageApiState, defineMessageTool, messageParts, NOT_LOGGED_IN, pythonJsonEqual, pythonTypeName } from '../scenario.js';

/** BFCL draws 5-digit message ids from random.Random(seed), redrawing ids already used. */
function nextMessageId(state: Draft<BfclMessageApiState>): number {
  const random = new PythonRandom(state._random_seed);
  for (let i = 0; i < state._random_draws; i++) random.randint(10000, 99999);
  const used = new Set(state.generated_ids);
  let id: number;
  do {
    id = random.randint(10000, 99999);
    state._random_draws += 1;
  } while (used.has(id));
  const at = state.generated_ids.findIndex((existing) => existing > id);
  state.generated_ids.splice(at === -1 ? state.generated_ids.length : at, 0, id);
  return id;
}

export const send_message = defineMessageTool({
  name: 'send_message',
  description: 'Send a message to a user id as the logged-in user; answers the new message id.',
  input: z.object({ receiver_id: z.string(), message: z.string() }),
  handler: (state, args) => {
    if (!state.current_user) return NOT_LOGGED_IN;
    if (!Object.values(state.user_map).includes(args.receiver_id)) return { error: `Receiver ID '${args.receiver_id}' not found.` };
    const id = nextMessageId(state);
    state.inbox.push({ [args.receiver_id]: args.message });
    state.message_count += 1;
    return { sent_status: true, message_id: { new_id: id }, message: `Message sent to '${args.receiver_id}' successfully.` };
  },
});

export const delete_message = defineMessageTool({
  name: 'delete_message',
  description: 'Delete the latest message sent to a user id.',
  input: z.object({ receiver_id: z.string() }),
  handler: (state, args) => {
    if (!state.current_user) return NOT_LOGGED_IN;
    for (let i = state.inbox.length - 1; i >= 0; i--) {
      const latest = state.inbox[i]!;
      const [receiver] = messageParts(latest);
      if (receiver !== args.receiver_id) continue;
      // BFCL's list.remove drops the first message equal to the latest one, which is an earlier
      // copy when the same text went to the same receiver twice.
      const first = state.inbox.findIndex((message) => pythonJsonEqual(message, latest));
      state.inbox.splice(first, 1);
      return {
        deleted_status: true,
        receiver_id: receiver,
        message: `Receiver ${args.receiver_id}'s latest message deleted successfully.`,
      };
    }
    return { error: `Receiver ID ${args.receiver_id} not found.` };
  },
});

export const view_messages_sent = defineMessageTool({
  name: 'view_messages_sent',
  description: 'Show every sent message grouped by receiver id, oldest first.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    if (!state.current_user) return NOT_LOGGED_IN;
    const grouped: Record<string, unknown[]> = {};
    for (const message of state.inbox) {
      const [receiver, text] = messageParts(message);
      if (Object.hasOwn(grouped, receiver)) grouped[receiver]!.push(text);
      else grouped[receiver] = [text];
    }
    return { messages: grouped };
  },
});

export const search_messages = defineMessageTool({
  name: 'search_messages',
  description: 'Find sent messages whose text contains keyword, ignoring case.',
  input: z.object({ keyword: z.string() }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!state.current_user) return NOT_LOGGED_IN;
    const keyword = args.keyword.toLowerCase();
    const results: { receiver_id: string; message: string }[] = [];
    for (const entry of state.inbox) {
      const [receiver_id, message] = messageParts(entry);
      // BFCL lowercases the content; content that is not text has no .lower() and raises.
      if (typeof message !== 'string') throw new ToolError(`'${pythonTypeName(message)}' object has no attribute 'lower'`);
      if (message.toLowerCase().includes(keyword)) results.push({ receiver_id, message });
    }
    return { results };
  },
});

export const get_message_stats = defineMessageTool({
  name: 'get_message_stats',
  description: 'Count the messages in the inbox and the distinct receivers they went to.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => {
    if (!state.current_user) return NOT_LOGGED_IN;
    const receivers = new Set(state.inbox.map((message) => messageParts(message)[0]));
    return { stats: { received_count: state.inbox.length, total_contacts: receivers.size } };
  },
});
