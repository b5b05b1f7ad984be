import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getMovieDetails } from './tools/get-movie-details.js';
import { getMovies } from './tools/get-movies.js';
import { getPopularMovies } from './tools/get-popular-movies.js';

export const movieRecommender = defineEnvironment({
  name: 'MovieRecommender',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    "Movie recommendations from a TMDb-style catalogue: search by keyword, read a movie's details, and list popular movies by rating, views or release date.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [getMovies, getMovieDetails, getPopularMovies],
});

export default movieRecommender;
export { scenarioSchema };
export type { MovieRecommenderState } from './scenario.js';
