import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { characterInfoJson } from '../model-json.js';
import { defineWuWaTool } from '../scenario.js';

export const getCharacterInfo = defineWuWaTool({
  name: 'get_character_info',
  description:
    'A Wuthering Waves character\'s in-game record by Chinese name (e.g. 维里奈): rarity, element, weapon type, recommended weapon, echo set, main/sub stats and talent order, team compositions and tips, as a JSON string in character_info. An unknown name gives the JSON string {"error": "Character not found"} rather than a failure; an empty name fails.',
  input: z.object({
    character_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.character_name) throw new ToolError('Character name must be a non-empty string: pass character_name');
    const found = ownEntry(state.characterDatabase, args.character_name);
    // A miss is an answer, not a failure: the reference returns this JSON text in the same field.
    if (!found) return { character_info: '{"error": "Character not found"}' };
    return { character_info: characterInfoJson(found) };
  },
});
