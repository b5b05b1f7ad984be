import { keyedRecord, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's NationalParks scenario, the Park Service's data as lists: parks by park
// code, alerts, campgrounds and visitor centers, plus two reference maps (activities by key, park
// codes by state) that no tool reads. {} loads the reference's default world: no parks, and the two
// maps filled in.
//
// The reference types every record as Any and hands records back exactly as stored, so they are
// loose objects here: any field is kept, none is added. Only the fields the tools read are typed,
// as the text (or list) the reference reads them as — a record where it would crash on them is
// refused at load instead.
const text = z.string().optional();

export const activitySchema = z.looseObject({ name: text });

export const parkSchema = z.looseObject({
  parkCode: text,
  fullName: text,
  states: text,
  description: text,
  activities: z.array(activitySchema).optional(),
});

export const alertSchema = z.looseObject({ parkCode: text, title: text, description: text });

/** Campgrounds and visitor centers: both are found by park code, name and description. */
export const namedPlaceSchema = z.looseObject({ parkCode: text, name: text, description: text });

export type Park = z.output<typeof parkSchema>;

// The reference's NationalParksScenario.
export const scenarioSchema = z.object({
  parks: keyedRecord(parkSchema).default(() => ({})),
  alerts: z.array(alertSchema).default(() => []),
  campgrounds: z.array(namedPlaceSchema).default(() => []),
  visitor_centers: z.array(namedPlaceSchema).default(() => []),
  activitiesMap: keyedRecord(z.unknown()).default(() => ({
    hiking: { id: 'BFF8C027-7C8F-400B-B55D-5414C3AA8BB8', name: 'Hiking' },
    camping: { id: 'A59947B7-3376-49B4-AD02-C0423E08C5F7', name: 'Camping' },
    fishing: { id: 'AE42B46C-E4B7-4889-A122-08FE180371AE', name: 'Fishing' },
    swimming: { id: '587BB2D3-EC35-41B2-B3F7-A39E2B088AEE', name: 'Swimming' },
    birdwatching: { id: '0B685688-3405-4E2A-ABBA-E3069492EC50', name: 'Birdwatching' },
    climbing: { id: '7CE6E935-F839-4FEC-A63E-052B1DEF39D2', name: 'Rock Climbing' },
    cycling: { id: '4D224BCA-C127-408B-AC75-A51563C42411', name: 'Biking' },
    kayaking: { id: '4A58AF13-E8FB-4530-B41A-97DF0B0C77B7', name: 'Kayaking' },
    photography: { id: 'C8F98B28-3C10-41AE-AA99-092B3B398C43', name: 'Photography' },
    stargazing: { id: 'B33DC9B6-0B7D-4322-BAD7-A13A34C584A3', name: 'Stargazing' },
    snowshoeing: { id: 'F9B1D433-6B86-4804-AED7-B50A519A3B7C', name: 'Snowshoeing' },
    horseback: { id: '1DFACD97-1B9C-4F5A-80F2-05593604799E', name: 'Horseback Riding' },
    rafting: { id: 'F353A9ED-4A08-456E-8DEC-E61974D0FEB6', name: 'Whitewater Rafting' },
    snorkeling: { id: '5FF5B286-E9C3-430E-B612-3380D8138600', name: 'Snorkeling' },
    skiing: { id: 'D37A0003-8317-4F04-8FB0-4CF0A272E195', name: 'Downhill Skiing' },
  })),
  stateParksMap: keyedRecord(z.unknown()).default(() => ({
    CA: ['yose', 'sequ', 'jotr', 'redw', 'pinn'],
    UT: ['zion', 'brca', 'cany', 'arch', 'care'],
    AZ: ['grca', 'pefo', 'sacu', 'tuzi', 'chir'],
    CO: ['romo', 'blca', 'grsa', 'meve', 'cure'],
    WY: ['yell', 'grte', 'fobu', 'thro', 'bica'],
    MT: ['glac', 'biho', 'litt', 'grko', 'noca'],
    WA: ['olym', 'noca', 'mora', 'laro', 'whis'],
    OR: ['crla', 'john', 'nebe', 'lewi', 'timu'],
    FL: ['ever', 'bisc', 'drto', 'cana', 'timu'],
    TX: ['bibe', 'gumo', 'saan', 'paal', 'lyjo'],
    AK: ['dena', 'katm', 'glba', 'kefj', 'lacl'],
    HI: ['havo', 'hale', 'kala', 'puhe', 'puko'],
    VA: ['shen', 'colo', 'apco', 'mana', 'rich'],
    NC: ['grsm', 'blue', 'caha', 'fora', 'carl'],
    SD: ['badl', 'wica', 'moru', 'jeca', 'mnrr'],
  })),
});

export type NationalParksState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of NationalParksState. */
export const defineNationalParksTool = toolsFor<NationalParksState>();
