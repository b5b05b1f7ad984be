import type { Draft } from '@envfleet/kit';
import type { AmazonSESState } from '../scenario.js';

/** Takes the next message id from the scenario's counter: msg-00000001, msg-00000002, … */
export function nextMessageId(state: Draft<AmazonSESState>): string {
  const id = `msg-${String(state.message_id_counter).padStart(8, '0')}`;
  state.message_id_counter += 1;
  return id;
}
