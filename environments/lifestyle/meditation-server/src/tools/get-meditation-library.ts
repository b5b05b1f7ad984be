import { anyInteger, defaultNull } from '@envfleet/kit';
import { z } from 'zod';
import { defineMeditationServerTool } from '../scenario.js';

export const getMeditationLibrary = defineMeditationServerTool({
  name: 'get_meditation_library',
  description:
    'Lists guided meditations in library order, optionally only one category, one experience level, and those no ' +
    'longer than `duration` minutes: {meditations: [{meditation_id, title, description, duration_minutes, category, ' +
    'level, instructor, technique, audio_url, background_music}]}. Empty or 0 filters are ignored.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    category: defaultNull(z.string()),
    duration: defaultNull(anyInteger()),
    experience_level: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const { category, duration, experience_level: level } = args;
    const meditations = Object.values(state.meditations).filter(
      (m) => (!category || m.category === category) && (!duration || m.duration_minutes <= duration) && (!level || m.level === level),
    );
    return { meditations: meditations.map((m) => ({ ...m })) };
  },
});
