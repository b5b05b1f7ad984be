import { readFileSync } from 'node:fs';

// A small slice of τ²'s own database (data/demo.json), for exploring by hand: three customers
// (yusuf_rossi_9620, mei_kovacs_8020, mia_garcia_4516) with every order they placed and every
// product those orders touch. Kept as its own file so that importing the package does not read
// the whole database.
export const demo: Record<string, unknown> = JSON.parse(readFileSync(new URL('../../data/demo.json', import.meta.url), 'utf8'));
