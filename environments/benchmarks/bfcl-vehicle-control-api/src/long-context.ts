// BFCL's long-context filler for VehicleControlAPI (long_context.py at gorilla commit 6ea57973,
// Apache-2.0), shipped as data. The file sits next to src/ and dist/ alike, so the same relative
// path finds it from both; it is read rather than imported because the build transpiles file by
// file and drops JSON import attributes.
import { readFileSync } from 'node:fs';

// biome-ignore lint/suspicious/noExplicitAny: plain JSON data; the exports below give each constant its type
const data: any = JSON.parse(readFileSync(new URL('../data/long-context.json', import.meta.url), 'utf8'));

export const CAR_STATUS_METADATA: string = data.CAR_STATUS_METADATA_EXTENSION;
export const INTERMEDIARY_CITIES: readonly string[] = data.INTERMEDIARY_CITIES;
export const LONG_WEATHER: Readonly<Record<string, unknown>> = data.LONG_WEATHER_EXTENSION;
export const PARKING_BRAKE_INSTRUCTION: string = data.PARKING_BRAKE_INSTRUCTION;
