import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { LONG_WEATHER } from '../long-context.js';
import { drawUniform } from '../random-draws.js';
import { defineVehicleTool } from '../scenario.js';

export const adjustClimateControl = defineVehicleTool({
  name: 'adjustClimateControl',
  description:
    'Set the air conditioning: temperature (in "celsius" by default, or "fahrenheit", stored in Celsius), fan ' +
    'speed 0–100 (default 50) and mode (auto, cool, heat, defrost; default auto). Answers the temperature as ' +
    'given, the mode and the humidity. A fan speed outside 0–100 is answered with {error}.',
  input: z.object({
    temperature: z.number(),
    unit: z.string().default('celsius'),
    fanSpeed: anyInteger().default(50),
    mode: z.string().default('auto'),
  }),
  handler: (state, args) => {
    if (!(args.fanSpeed >= 0 && args.fanSpeed <= 100)) return { error: 'Fan speed must be between 0 and 100.' };
    state.acTemperature = args.unit === 'fahrenheit' ? ((args.temperature - 32) * 5) / 9 : args.temperature;
    state.fanSpeed = args.fanSpeed;
    state.acMode = args.mode;
    return { currentACTemperature: args.temperature, climateMode: args.mode, humidityLevel: state.humidityLevel };
  },
});

export const getOutsideTemperatureFromGoogle = defineVehicleTool({
  name: 'get_outside_temperature_from_google',
  description:
    "The outside temperature in Celsius, drawn between -10 and 40 from the car's seeded generator; in the " +
    'long-context variant it comes with several days of weather readings.',
  input: z.object({}),
  handler: (state) => {
    const outsideTemperature = drawUniform(state, -10.0, 40.0);
    return state.long_context ? { ...LONG_WEATHER, outsideTemperature } : { outsideTemperature };
  },
});

export const getOutsideTemperatureFromWeatherCom = defineVehicleTool({
  name: 'get_outside_temperature_from_weather_com',
  description: 'The weather.com source of the outside temperature, which is always down: answers {error: 404}.',
  input: z.object({}),
  annotations: { readOnlyHint: true },
  handler: () => ({ error: 404 }),
});

export const setHeadlights = defineVehicleTool({
  name: 'setHeadlights',
  description: 'Turn the headlights "on", or "off" ("auto" also turns them off). Another mode is answered with {error}.',
  input: z.object({ mode: z.string() }),
  handler: (state, args) => {
    if (!['on', 'off', 'auto'].includes(args.mode)) return { error: 'Invalid headlight mode.' };
    state.headLightStatus = args.mode === 'on' ? 'on' : 'off';
    return { headlightStatus: state.headLightStatus };
  },
});
