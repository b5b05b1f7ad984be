import { anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineVehicleControlTool } from '../scenario.js';

const CLIMATE_MODES = ['auto', 'cool', 'heat', 'defrost'];

export const getClimateStatus = defineVehicleControlTool({
  name: 'get_climate_status',
  description: 'Cabin climate settings: {temperature (°C), fan_speed (0-100), mode (auto, cool, heat or defrost), humidity_level (%)}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ ...state.climate_status }),
});

export const setClimateControl = defineVehicleControlTool({
  name: 'set_climate_control',
  description:
    'Sets the cabin target temperature, and optionally fan_speed (0-100) and mode (auto, cool, heat, defrost); omitted ' +
    'settings are kept. The temperature is in Celsius when unit is "celsius" (the default) and converted from ' +
    'Fahrenheit for any other unit. Returns {current_temperature (°C), climate_mode, fan_speed, humidity_level}.',
  input: z.object({
    temperature: z.number(),
    unit: z.string().nullable().default(null),
    fan_speed: anyInteger().nullable().default(null),
    mode: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    const { fan_speed: fanSpeed, mode } = args;
    if (fanSpeed !== null && (fanSpeed < 0 || fanSpeed > 100)) {
      throw new ToolError(`fan_speed must be between 0 and 100 (got ${fanSpeed})`);
    }
    if (mode !== null && !CLIMATE_MODES.includes(mode)) {
      throw new ToolError(`mode "${mode}" is not a climate mode: use auto, cool, heat or defrost`);
    }
    const unit = args.unit ?? 'celsius';
    // The reference treats every unit other than the exact word "celsius" as Fahrenheit.
    const celsius = unit === 'celsius' ? args.temperature : ((args.temperature - 32) * 5) / 9;
    // The reference would store an infinite temperature, which no JSON scenario can hold.
    if (!Number.isFinite(celsius)) {
      throw new ToolError(`temperature ${args.temperature} °F is too large to convert to Celsius: give it in Celsius`);
    }
    const climate = state.climate_status;
    climate.temperature = celsius;
    if (fanSpeed !== null) climate.fan_speed = fanSpeed;
    if (mode !== null) climate.mode = mode;
    return {
      current_temperature: climate.temperature,
      climate_mode: climate.mode,
      fan_speed: climate.fan_speed,
      humidity_level: climate.humidity_level,
    };
  },
});

export const getOutsideTemperature = defineVehicleControlTool({
  name: 'get_outside_temperature',
  description: 'The temperature outside the car, in °C: {outside_temperature}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: (state) => ({ outside_temperature: state.outside_temperature }),
});
