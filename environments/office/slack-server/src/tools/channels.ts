import type { SlackServerState } from '../scenario.js';
import { field } from './loose-data.js';

/** Python's `text.lstrip("#")`. */
export function withoutHashes(text: string): string {
  let start = 0;
  while (text[start] === '#') start += 1;
  return text.slice(start);
}

/**
 * The channel id a caller means: leading "#" dropped, then the first channel whose name is that
 * text, else the text itself as an id (which need not exist: posting there creates its history).
 */
export function resolveChannel(state: SlackServerState, channelId: string): string {
  const wanted = withoutHashes(channelId);
  for (const [id, channel] of Object.entries(state.channels)) {
    if (field(channel, 'name', `channels["${id}"]`) === wanted) return id;
  }
  return wanted;
}
