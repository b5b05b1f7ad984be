import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const checkIn = (check_in_id: string, user_id: string, mood_rating: number, feelings: string[], timestamp: string, notes = '') => ({
  check_in_id,
  user_id,
  mood_rating,
  feelings,
  notes,
  timestamp,
});

// A week in a CBT self-care app, Sunday evening 16 March 2025: four journeys (two on anxiety), six
// coping tools (two for a crisis), four peer groups (two share the "anxiety" topic, so the first is
// joined), and three members — maria with eight check-ins (so the weekly average covers only the
// last seven) and two enrollments, one of them finished; devon with one low check-in; and sam, who
// has joined a journey but never checked in. The counters continue the numbering.
export const demo: Input = {
  check_ins: {
    ci_1: checkIn('ci_1', 'maria', 4, ['anxious', 'tired'], '2025-03-09T08:10:00', 'Big presentation tomorrow.'),
    ci_2: checkIn('ci_2', 'maria', 5, ['anxious'], '2025-03-10T07:55:00'),
    ci_3: checkIn('ci_3', 'maria', 7, ['relieved', 'proud'], '2025-03-11T19:30:00', 'The presentation went fine.'),
    ci_4: checkIn('ci_4', 'devon', 3, ['sad', 'lonely'], '2025-03-11T22:45:00', 'Could not sleep again.'),
    ci_5: checkIn('ci_5', 'maria', 6, ['calm'], '2025-03-12T08:05:00'),
    ci_6: checkIn('ci_6', 'maria', 6, ['content'], '2025-03-13T08:20:00'),
    ci_7: checkIn('ci_7', 'maria', 8, ['happy', 'energetic'], '2025-03-14T18:00:00', 'Long run by the river.'),
    ci_8: checkIn('ci_8', 'maria', 5, ['stressed'], '2025-03-15T09:40:00'),
    ci_9: checkIn('ci_9', 'maria', 7, ['hopeful'], '2025-03-16T10:15:00'),
  },
  journeys: {
    j_anxiety_basics: {
      journey_id: 'j_anxiety_basics',
      title: 'Taking Control of Anxiety',
      description: 'Learn how anxious thoughts work and practise challenging them.',
      category: 'anxiety',
      total_steps: 12,
      duration_weeks: 4,
      techniques: ['cognitive restructuring', 'thought records', 'exposure'],
      clinical_approach: 'CBT',
    },
    j_panic: {
      journey_id: 'j_panic',
      title: 'Understanding Panic',
      description: 'Recognise the cycle of panic and ride out the physical symptoms.',
      category: 'anxiety',
      total_steps: 8,
      duration_weeks: 3,
      techniques: ['interoceptive exposure', 'breathing retraining'],
      clinical_approach: 'CBT',
    },
    j_mood_lift: {
      journey_id: 'j_mood_lift',
      title: 'Lifting Low Mood',
      description: 'Plan rewarding activities and notice the link between doing and feeling.',
      category: 'depression',
      total_steps: 10,
      duration_weeks: 5,
      techniques: ['behavioral activation', 'activity scheduling'],
      clinical_approach: 'CBT',
    },
    j_sleep_reset: {
      journey_id: 'j_sleep_reset',
      title: 'Sleep Reset',
      description: 'Rebuild a steady sleep schedule over six weeks.',
      category: 'sleep',
      total_steps: 6,
      duration_weeks: 6,
      techniques: ['stimulus control', 'sleep restriction', 'worry time'],
      clinical_approach: 'CBT-I',
    },
  },
  enrollments: {
    en_1: { enrollment_id: 'en_1', user_id: 'maria', journey_id: 'j_panic', current_step: 8, progress_percent: 100 },
    en_2: { enrollment_id: 'en_2', user_id: 'maria', journey_id: 'j_anxiety_basics', current_step: 5, progress_percent: 33.3 },
    en_3: { enrollment_id: 'en_3', user_id: 'sam', journey_id: 'j_sleep_reset', current_step: 2, progress_percent: 16.7 },
  },
  coping_tools: {
    tool_box_breath: {
      tool_id: 'tool_box_breath',
      name: 'Box Breathing',
      type: 'breathing',
      duration_minutes: 4,
      description: 'Even counts in, hold, out and hold to slow the body down.',
      instructions: ['Breathe in for 4', 'Hold for 4', 'Breathe out for 4', 'Hold for 4'],
      for_crisis: true,
    },
    tool_54321: {
      tool_id: 'tool_54321',
      name: '5-4-3-2-1 Grounding',
      type: 'grounding',
      duration_minutes: 3,
      description: 'Use the senses to come back to the room.',
      instructions: ['Name 5 things you see', '4 you can touch', '3 you hear', '2 you smell', '1 you taste'],
      for_crisis: true,
    },
    tool_thought_record: {
      tool_id: 'tool_thought_record',
      name: 'Thought Record',
      type: 'journaling',
      duration_minutes: 10,
      description: 'Write down a hot thought and weigh the evidence for and against it.',
      instructions: ['Describe the situation', 'Note the automatic thought', 'List the evidence', 'Write a balanced thought'],
      for_crisis: false,
    },
    tool_safe_place: {
      tool_id: 'tool_safe_place',
      name: 'Safe Place Visualization',
      type: 'visualization',
      duration_minutes: 8,
      description: 'Picture a place where you feel secure, in detail.',
      instructions: ['Close your eyes', 'Picture the place', 'Add sounds and smells', 'Stay a few minutes'],
      for_crisis: false,
    },
    tool_body_scan: {
      tool_id: 'tool_body_scan',
      name: 'Quick Body Scan',
      type: 'meditation',
      duration_minutes: 6,
      description: 'Notice tension from head to toe without trying to change it.',
      instructions: ['Start at the top of the head', 'Move slowly downwards', 'Breathe into tight spots'],
      for_crisis: false,
    },
    tool_gratitude: {
      tool_id: 'tool_gratitude',
      name: 'Three Good Things',
      type: 'journaling',
      duration_minutes: 5,
      description: 'End the day by writing three things that went well.',
      instructions: ['Write three good things', 'Note why each happened'],
      for_crisis: false,
    },
  },
  community_groups: {
    grp_anxiety: {
      group_id: 'grp_anxiety',
      group_name: 'Anxiety Support Circle',
      topic: 'anxiety',
      member_count: 1843,
      moderated: true,
      guidelines: 'Be kind. No medical advice. Share only what you are comfortable with.',
    },
    grp_anxiety_students: {
      group_id: 'grp_anxiety_students',
      group_name: 'Students Managing Anxiety',
      topic: 'anxiety',
      member_count: 412,
      moderated: false,
      guidelines: 'Peer-run. Keep it supportive and anonymous.',
    },
    grp_depression: {
      group_id: 'grp_depression',
      group_name: 'Finding Light',
      topic: 'depression',
      member_count: 967,
      moderated: true,
      guidelines: 'If you are in crisis, contact local emergency services first.',
    },
    grp_new_parents: {
      group_id: 'grp_new_parents',
      group_name: 'New Parents, Real Feelings',
      topic: 'parenting',
      member_count: 0,
      moderated: true,
      guidelines: 'A brand-new group: say hello.',
    },
  },
  user_check_in_history: {
    maria: ['ci_1', 'ci_2', 'ci_3', 'ci_5', 'ci_6', 'ci_7', 'ci_8', 'ci_9'],
    devon: ['ci_4'],
  },
  user_enrollments: {
    maria: ['en_1', 'en_2'],
    sam: ['en_3'],
  },
  current_time: '2025-03-16T20:30:00',
  next_check_in_id: 10,
  next_enrollment_id: 4,
};
