import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const object = (objectId: string, title: string, artist: string, department: string, medium: string, tags: string[], artistBio = '') => ({
  objectId,
  title,
  artist,
  artistBio,
  department,
  creditLine: 'Gift of a private collector, 2024',
  medium,
  dimensions: '',
  primaryImageUrl: `https://images.example.org/met/${objectId}.jpg`,
  tags,
});

// A visiting exhibition on the sea: five departments (one whose name matches no object, so filtering
// by it finds nothing), prints, paintings, photographs and an instrument, an object without artist,
// and two works sharing a tag.
export const demo: Input = {
  departments: [
    { departmentId: '6', displayName: 'Asian Art' },
    { departmentId: '11', displayName: 'European Paintings' },
    { departmentId: '18', displayName: 'Musical Instruments' },
    { departmentId: '19', displayName: 'Photographs' },
    { departmentId: '22', displayName: 'Maritime Models' },
  ],
  objects: {
    '503940': object(
      '503940',
      'The Great Wave off Kanagawa',
      'Katsushika Hokusai',
      'Asian Art',
      'Polychrome woodblock print',
      ['Waves', 'Japan', 'Mount Fuji', 'Boats'],
      'Japanese, 1760–1849',
    ),
    '503941': object(
      '503941',
      'Fuji from the Seashore',
      'Katsushika Hokusai',
      'Asian Art',
      'Woodblock print',
      ['Mount Fuji', 'Sea'],
      'Japanese, 1760–1849',
    ),
    '437112': object(
      '437112',
      'The Beach at Sainte-Adresse',
      'Claude Monet',
      'European Paintings',
      'Oil on canvas',
      ['Beaches', 'Boats', 'Sea'],
      'French, 1840–1926',
    ),
    '436943': object('436943', 'Fishing Boats at Sea', 'Vincent van Gogh', 'European Paintings', 'Oil on canvas', ['Boats', 'Sea']),
    '283066': object('283066', 'Wave, Night', 'Gustave Le Gray', 'Photographs', 'Albumen silver print', ['Waves', 'Night']),
    '501234': object('501234', 'Conch Shell Trumpet', '', 'Musical Instruments', 'Shell', ['Sea', 'Instrument']),
  },
};
