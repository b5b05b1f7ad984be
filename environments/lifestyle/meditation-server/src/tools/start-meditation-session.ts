import { hasEntry, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMeditationServerTool, meditationSessionSchema } from '../scenario.js';
import { requireText } from './required-text.js';

export const startMeditationSession = defineMeditationServerTool({
  name: 'start_meditation_session',
  description:
    'Starts a tracked session of a library meditation for a user, stamped with the current time. The new session ' +
    'id is session_<user_id>_<meditation_id>_<number of sessions so far>. Returns {session_id, started_at, ' +
    'streaming_url, progress_tracking, allow_background_play, completion_reward}. Fails for an unknown meditation ' +
    'or a user_id with characters other than letters, digits, "_" and "-".',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    meditation_id: z.string(),
    user_id: z.string(),
  }),
  handler: (state, args) => {
    const { meditation_id: meditationId, user_id: userId } = args;
    requireText(meditationId, 'meditation_id');
    requireText(userId, 'user_id');
    const meditation = ownEntry(state.meditations, meditationId);
    if (!meditation) throw new ToolError(`Meditation ${meditationId} not found; get_meditation_library lists the ids`);
    // The reference numbers sessions by how many exist; where a scenario already holds that id, the
    // next free number is taken rather than overwriting the stored session.
    let n = Object.keys(state.active_sessions).length;
    while (hasEntry(state.active_sessions, `session_${userId}_${meditationId}_${n}`)) n += 1;
    const session = meditationSessionSchema.safeParse({
      session_id: `session_${userId}_${meditationId}_${n}`,
      meditation_id: meditationId,
      user_id: userId,
      started_at: state.current_time,
    });
    if (!session.success) throw new ToolError([...new Set(session.error.issues.map((issue) => issue.message))].join('; '));
    state.active_sessions[session.data.session_id] = session.data;
    return {
      session_id: session.data.session_id,
      started_at: state.current_time,
      streaming_url: meditation.audio_url,
      progress_tracking: true,
      allow_background_play: true,
      completion_reward: 'Mindfulness points',
    };
  },
});
