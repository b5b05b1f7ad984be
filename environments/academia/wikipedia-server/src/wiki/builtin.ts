import type { z } from 'zod';
import { wikiSchema } from '../scenario.js';

type Input = z.input<typeof wikiSchema>;

const sections = (...titles: [string, number][]) => titles.map(([title, level]) => ({ title, level, anchor: title.replaceAll(' ', '_') }));

// The pages the encyclopedia answers from when a scenario brings none: a small, linked corner of
// the history of computing in English, with two pages in French. Written for this environment.
export const builtinWiki: Input = {
  en: [
    {
      title: 'Alan Turing',
      pageid: 1208,
      description: 'English mathematician and computer scientist (1912–1954)',
      extract:
        'Alan Mathison Turing was an English mathematician and computer scientist whose work on computability laid the foundations of theoretical computer science.',
      wikitext:
        "'''Alan Mathison Turing''' was an English mathematician and computer scientist.\n== Early life ==\nBorn in Maida Vale, London.\n== Codebreaking ==\nWorked at [[Bletchley Park]] on the [[Enigma machine]].\n== Legacy ==\nThe [[Turing machine]] bears his name.",
      sections: sections(['Early life', 2], ['Codebreaking', 2], ['Legacy', 2], ['Turing Award', 3]),
      related: ['Turing machine', 'Enigma machine', 'Bletchley Park', 'Ada Lovelace'],
      thumbnail: { url: 'https://upload.example.org/thumb/alan-turing.jpg', width: 240, height: 320 },
      timestamp: '2025-01-14T09:12:44Z',
    },
    {
      title: 'Turing machine',
      pageid: 30403,
      description: 'Mathematical model of computation',
      extract:
        'A Turing machine is a mathematical model of computation describing an abstract machine that manipulates symbols on a strip of tape according to a table of rules.',
      wikitext:
        "A '''Turing machine''' is a model of computation.\n== Description ==\nA tape, a head and a table of rules.\n== Universal machine ==\nOne machine can simulate any other.",
      sections: sections(['Description', 2], ['Universal machine', 2]),
      related: ['Alan Turing', 'Analytical Engine'],
      timestamp: '2024-12-02T17:40:03Z',
    },
    {
      title: 'Enigma machine',
      pageid: 9256,
      description: 'German cipher device',
      extract:
        'The Enigma machine is a cipher device used in the early to mid-20th century to protect commercial, diplomatic and military communication.',
      wikitext:
        "The '''Enigma machine''' is a cipher device.\n== Design ==\nRotors and a plugboard.\n== Cryptanalysis ==\nBroken by Polish and British codebreakers.",
      sections: sections(['Design', 2], ['Rotors', 3], ['Cryptanalysis', 2]),
      related: ['Bletchley Park', 'Alan Turing'],
      thumbnail: { url: 'https://upload.example.org/thumb/enigma.jpg', width: 320, height: 240 },
      timestamp: '2025-02-20T11:05:19Z',
    },
    {
      title: 'Bletchley Park',
      pageid: 74430,
      description: 'English country house, codebreaking centre in the Second World War',
      extract:
        'Bletchley Park is an English country house and estate that became the principal centre of Allied codebreaking during the Second World War.',
      sections: sections(['History', 2], ['Museum', 2]),
      related: ['Alan Turing', 'Enigma machine'],
      timestamp: '2024-11-30T08:00:00Z',
    },
    {
      title: 'Ada Lovelace',
      pageid: 974,
      description: 'English mathematician (1815–1852)',
      extract:
        "Augusta Ada King, Countess of Lovelace, was an English mathematician known for her notes on Charles Babbage's proposed Analytical Engine.",
      wikitext:
        "'''Ada Lovelace''' was an English mathematician.\n== Analytical Engine notes ==\nShe published the first algorithm intended for a machine.",
      sections: sections(['Analytical Engine notes', 2]),
      related: ['Analytical Engine', 'Alan Turing'],
      timestamp: '2025-03-01T10:00:00Z',
    },
    {
      title: 'Analytical Engine',
      pageid: 1271,
      description: 'Proposed mechanical general-purpose computer',
      extract:
        'The Analytical Engine was a proposed mechanical general-purpose computer designed by Charles Babbage, first described in 1837.',
      related: ['Ada Lovelace', 'Turing machine'],
      timestamp: '2024-10-10T12:00:00Z',
    },
  ],
  fr: [
    {
      title: 'Alan Turing',
      pageid: 51820,
      description: 'mathématicien et informaticien britannique',
      extract: 'Alan Mathison Turing est un mathématicien et cryptologue britannique, auteur de travaux fondateurs de l’informatique.',
      sections: sections(['Biographie', 2], ['Travaux', 2]),
      related: ['Machine de Turing'],
      timestamp: '2025-01-02T08:30:00Z',
    },
    {
      title: 'Machine de Turing',
      pageid: 3221,
      description: 'modèle abstrait de calcul',
      extract: 'Une machine de Turing est un modèle abstrait du fonctionnement des appareils mécaniques de calcul.',
      related: ['Alan Turing'],
      timestamp: '2024-09-15T14:00:00Z',
    },
  ],
};

/** The built-in encyclopedia, parsed once: tools only read it, so one copy serves every episode. */
export const BUILTIN_WIKI = Object.freeze(wikiSchema.parse(builtinWiki));
