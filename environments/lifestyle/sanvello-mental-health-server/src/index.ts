import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { dailyCheckIn } from './tools/daily-check-in.js';
import { getCopingTools } from './tools/get-coping-tools.js';
import { getGuidedJourneys } from './tools/get-guided-journeys.js';
import { joinCommunityGroup } from './tools/join-community-group.js';
import { startJourney } from './tools/start-journey.js';
import { trackProgress } from './tools/track-progress.js';

export const sanvelloMentalHealthServer = defineEnvironment({
  name: 'SanvelloMentalHealthServer',
  domain: 'lifestyle',
  version: '0.1.0',
  description:
    'A CBT self-care app: daily mood check-ins with insights, guided journeys to enroll in, coping tools, progress reports and peer-support groups.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [dailyCheckIn, getGuidedJourneys, startJourney, getCopingTools, trackProgress, joinCommunityGroup],
});

export default sanvelloMentalHealthServer;
export { scenarioSchema };
export type { SanvelloMentalHealthServerState } from './scenario.js';
