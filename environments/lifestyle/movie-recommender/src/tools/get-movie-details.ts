import { anyInteger, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMovieRecommenderTool } from '../scenario.js';

export const getMovieDetails = defineMovieRecommenderTool({
  name: 'get_movie_details',
  description:
    'A movie by its TMDb id: title, overview, release date, runtime in minutes, genres, average vote (0–10), views ' +
    'and main actors. Fails for an unknown id.',
  input: z.object({
    movie_id: anyInteger(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (args.movie_id < 0) throw new ToolError('Movie ID must be a non-negative integer');
    const movie = ownEntry(state.movies, String(args.movie_id));
    if (!movie) throw new ToolError(`Movie ${args.movie_id} not found`);
    return movie;
  },
});
