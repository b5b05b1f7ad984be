import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

// A small film catalogue with TMDb-style ids: classics and recent releases, two films with equal
// ratings (ties keep the popular list's order), a popular id missing from the catalogue, and an
// announced documentary with no votes, runtime or cast yet.
export const demo: Input = {
  movies: {
    603: {
      movie_id: 603,
      title: 'The Matrix',
      overview: 'A hacker learns that his world is a simulation.',
      release_date: '1999-03-31',
      duration: 136,
      genres: ['Action', 'Science Fiction'],
      vote_average: 8.2,
      views: 2400000,
      actors: ['Keanu Reeves', 'Carrie-Anne Moss'],
    },
    27205: {
      movie_id: 27205,
      title: 'Inception',
      overview: 'A thief enters dreams to plant an idea.',
      release_date: '2010-07-15',
      duration: 148,
      genres: ['Action', 'Science Fiction'],
      vote_average: 8.4,
      views: 3100000,
      actors: ['Leonardo DiCaprio', 'Elliot Page'],
    },
    496243: {
      movie_id: 496243,
      title: 'Parasite',
      overview: 'A poor family schemes its way into a wealthy household.',
      release_date: '2019-05-30',
      duration: 133,
      genres: ['Thriller', 'Drama'],
      vote_average: 8.5,
      views: 1900000,
      actors: ['Song Kang-ho', 'Choi Woo-shik'],
    },
    129: {
      movie_id: 129,
      title: 'Spirited Away',
      overview: 'A girl wanders into a world of spirits.',
      release_date: '2001-07-20',
      duration: 125,
      genres: ['Animation', 'Fantasy'],
      vote_average: 8.5,
      views: 1700000,
      actors: ['Rumi Hiiragi', 'Miyu Irino'],
    },
    872585: {
      movie_id: 872585,
      title: 'Oppenheimer',
      overview: 'The story of the physicist behind the atomic bomb.',
      release_date: '2023-07-19',
      duration: 181,
      genres: ['Drama', 'History'],
      vote_average: 8.1,
      views: 2800000,
      actors: ['Cillian Murphy', 'Emily Blunt'],
    },
    693134: {
      movie_id: 693134,
      title: 'Dune: Part Two',
      overview: 'Paul Atreides unites with the Fremen.',
      release_date: '2024-02-27',
      duration: 166,
      genres: ['Science Fiction', 'Adventure'],
      vote_average: 8.2,
      views: 2200000,
      actors: ['Timothée Chalamet', 'Zendaya'],
    },
    999001: {
      movie_id: 999001,
      title: 'Untitled Matrix Documentary',
      overview: 'Behind the scenes of a landmark film.',
      release_date: '2026-01-01',
      genres: ['Documentary'],
    },
  },
  popular_movies: [693134, 872585, 496243, 27205, 129, 603, 424242],
};
