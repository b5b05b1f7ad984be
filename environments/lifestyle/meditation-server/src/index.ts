import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getBreathingExercises } from './tools/get-breathing-exercises.js';
import { getDailyMeditation } from './tools/get-daily-meditation.js';
import { getMeditationLibrary } from './tools/get-meditation-library.js';
import { getMeditationStats } from './tools/get-meditation-stats.js';
import { getSleepContent } from './tools/get-sleep-content.js';
import { logMeditationCompletion } from './tools/log-meditation-completion.js';
import { startMeditationSession } from './tools/start-meditation-session.js';

export const meditationServer = defineEnvironment({
  name: 'MeditationServer',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    "A meditation app: browse guided meditations, sleep content and breathing exercises, start and complete tracked sessions, and read a user's practice stats.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    getMeditationLibrary,
    getDailyMeditation,
    getSleepContent,
    getBreathingExercises,
    startMeditationSession,
    logMeditationCompletion,
    getMeditationStats,
  ],
});

export default meditationServer;
export { scenarioSchema };
export type { MeditationServerState } from './scenario.js';
