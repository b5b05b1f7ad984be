import { readFileSync } from 'node:fs';

// A small slice of the shipped database (data/demo.json), for exploring by hand: a gold, a silver
// and a regular member (mia_li_3668, chen_jackson_3290, omar_davis_3817) with every reservation
// they hold and every flight those reservations use. Kept as its own file so that importing the
// package does not read the whole database.
export const demo: Record<string, unknown> = JSON.parse(readFileSync(new URL('../../data/demo.json', import.meta.url), 'utf8'));
