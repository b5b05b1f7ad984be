// BFCL's long-context filler for VehicleControlAPI (long_context.py at gorilla commit 6ea57973,
// Apache-2.0), shipped as data. The file sits next to src/ and dist/ alike, so this import
// resolves from both.
import data from '../data/long-context.json' with { type: 'json' };

export const CAR_STATUS_METADATA: string = data.CAR_STATUS_METADATA_EXTENSION;
export const INTERMEDIARY_CITIES: readonly string[] = data.INTERMEDIARY_CITIES;
export const LONG_WEATHER: Readonly<Record<string, unknown>> = data.LONG_WEATHER_EXTENSION;
export const PARKING_BRAKE_INSTRUCTION: string = data.PARKING_BRAKE_INSTRUCTION;
