import { z } from 'zod';
import { defineMathTool, PURE } from '../scenario.js';

const TO_METERS: Record<string, number> = { km: 1000, m: 1, cm: 0.01, mm: 0.001, um: 1e-6, nm: 1e-9 };

// BFCL's factors, as written there (not exact inverses of each other).
const IMPERIAL: Record<string, number> = {
  cm_to_in: 0.393701,
  in_to_cm: 2.54,
  m_to_ft: 3.28084,
  ft_to_m: 0.3048,
  m_to_yd: 1.09361,
  yd_to_m: 0.9144,
  km_to_miles: 0.621371,
  miles_to_km: 1.60934,
  kg_to_lb: 2.20462,
  lb_to_kg: 0.453592,
  celsius_to_fahrenheit: 1.8,
  fahrenheit_to_celsius: 5 / 9,
};

const conversion = z.object({ value: z.number(), unit_in: z.string(), unit_out: z.string() });
const unsupported = (from: string, to: string) => ({ error: `Conversion from '${from}' to '${to}' is not supported` });

export const si_unit_conversion = defineMathTool({
  name: 'si_unit_conversion',
  description: 'Convert a length between metric units: km, m, cm, mm, um, nm.',
  input: conversion,
  annotations: PURE,
  handler: (_state, args) => {
    if (!Object.hasOwn(TO_METERS, args.unit_in) || !Object.hasOwn(TO_METERS, args.unit_out))
      return unsupported(args.unit_in, args.unit_out);
    // BFCL multiplies by the inverse factor rather than dividing, which rounds differently.
    return { result: args.value * TO_METERS[args.unit_in]! * (1 / TO_METERS[args.unit_out]!) };
  },
});

export const imperial_si_conversion = defineMathTool({
  name: 'imperial_si_conversion',
  description:
    'Convert between imperial and metric units: cm/in, m/ft, m/yd, km/miles, kg/lb, celsius/fahrenheit (unit_in and unit_out by those names).',
  input: conversion,
  annotations: PURE,
  handler: (_state, args) => {
    if (args.unit_in === args.unit_out) return { result: args.value };
    const key = `${args.unit_in}_to_${args.unit_out}`;
    if (!Object.hasOwn(IMPERIAL, key)) return unsupported(args.unit_in, args.unit_out);
    const factor = IMPERIAL[key]!;
    if (key === 'celsius_to_fahrenheit') return { result: args.value * factor + 32 };
    if (key === 'fahrenheit_to_celsius') return { result: (args.value - 32) * factor };
    return { result: args.value * factor };
  },
});
