import { ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { characterProfileJson } from '../model-json.js';
import { defineWuWaTool } from '../scenario.js';

export const getCharacterProfile = defineWuWaTool({
  name: 'get_character_profile',
  description:
    'A Wuthering Waves character\'s out-of-game profile by Chinese name: voice actor, background story, personality, design notes and release date, as a JSON string in character_profile. An unknown name gives the JSON string {"error": "Character profile not found"} rather than a failure; an empty name fails.',
  input: z.object({
    character_name: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.character_name) throw new ToolError('Character name must be a non-empty string: pass character_name');
    const found = ownEntry(state.characterProfileDatabase, args.character_name);
    // A miss is an answer, not a failure: the reference returns this JSON text in the same field.
    if (!found) return { character_profile: '{"error": "Character profile not found"}' };
    return { character_profile: characterProfileJson(found) };
  },
});
