import { describe, expect, it } from 'vitest';
import { sanvelloMentalHealthServer as sanvello } from '../src/index.js';

const demo = () => sanvello.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = sanvello.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('SanvelloMentalHealthServer', () => {
  it('loads {} as an empty app on 1 January 2025 with both counters at 1', () => {
    expect(sanvello.load({})).toMatchObject({
      current_time: '2025-01-01T00:00:00',
      next_check_in_id: 1,
      next_enrollment_id: 1,
      check_ins: {},
    });
  });

  describe('daily_check_in', () => {
    it('records a check-in, compares it with the user’s average and suggests tools by mood', () => {
      const outcome = sanvello.call(demo(), 'daily_check_in', {
        user_id: 'maria',
        mood_rating: 5,
        feelings: ['anxious', 'tired'],
        notes: 'Deadline',
      });
      expect(outcome.content).toEqual({
        check_in_id: 'ci_10',
        timestamp: '2025-03-16T20:30:00',
        insights: "Your average mood is 5.9. Today's mood is below your average.",
        recommended_tools: ['meditation', 'journaling'],
        guided_journey_suggestion: 'anxiety',
      });
      expect(outcome.state.check_ins.ci_10).toEqual({
        check_in_id: 'ci_10',
        user_id: 'maria',
        mood_rating: 5,
        feelings: ['anxious', 'tired'],
        notes: 'Deadline',
        timestamp: '2025-03-16T20:30:00',
      });
      expect(outcome.state.user_check_in_history.maria?.at(-1)).toBe('ci_10');
      expect(outcome.state.next_check_in_id).toBe(11);
    });

    it('starts a history for a new user; low and high moods get their own tools; feelings may be JSON text', () => {
      const low = sanvello.call(demo(), 'daily_check_in', { user_id: 'noor', mood_rating: '3', feelings: '["Anxious"]' });
      expect(low.content).toMatchObject({
        insights: "Your average mood is 3.0. Today's mood is at or above your average.",
        recommended_tools: ['breathing', 'grounding'],
        guided_journey_suggestion: 'stress',
      });
      expect(low.state.user_check_in_history.noor).toEqual(['ci_10']);
      const high = sanvello.call(low.state, 'daily_check_in', { user_id: 'devon', mood_rating: 8, feelings: ['hopeful'] });
      expect(high.content).toMatchObject({
        check_in_id: 'ci_11',
        insights: "Your average mood is 5.5. Today's mood is at or above your average.",
        recommended_tools: ['visualization'],
      });
    });

    it('rounds the average to one decimal half to even, as Python prints it', () => {
      let state = sanvello.load({});
      let last: unknown;
      for (const mood of [3, 4, 4, 4]) {
        const outcome = sanvello.call(state, 'daily_check_in', { user_id: 'u', mood_rating: mood, feelings: ['f'] });
        state = outcome.state;
        last = outcome.content;
      }
      expect((last as { insights: string }).insights).toBe("Your average mood is 3.8. Today's mood is at or above your average.");
    });

    it('takes the next free id when the counter points at a stored check-in', () => {
      const start = sanvello.load({ ...demo(), next_check_in_id: 9 });
      const outcome = sanvello.call(start, 'daily_check_in', { user_id: 'devon', mood_rating: 4, feelings: ['ok'] });
      expect((outcome.content as { check_in_id: string }).check_in_id).toBe('ci_10');
      expect(outcome.state.check_ins.ci_9?.user_id).toBe('maria');
      expect(outcome.state.next_check_in_id).toBe(11);
    });

    it('refuses an empty user, no feelings, a mood outside 1-10 and feelings that are not text', () => {
      expectFailure('daily_check_in', { user_id: '', mood_rating: 5, feelings: ['a'] }, 'user_id must be a non-empty string');
      expectFailure('daily_check_in', { user_id: 'maria', mood_rating: 5, feelings: [] }, /feelings must be a non-empty list/);
      expectFailure('daily_check_in', { user_id: 'maria', mood_rating: 0, feelings: ['a'] }, 'mood_rating must be between 1 and 10');
      expectFailure('daily_check_in', { user_id: 'maria', mood_rating: 11, feelings: ['a'] }, 'mood_rating must be between 1 and 10');
      expectFailure('daily_check_in', { user_id: 'maria', mood_rating: 5, feelings: [1] }, 'every feeling must be a string');
    });

    it('names a history entry that points at a missing check-in', () => {
      const broken = sanvello.load({ user_check_in_history: { kim: ['ci_404'] } });
      expectFailure(
        'daily_check_in',
        { user_id: 'kim', mood_rating: 5, feelings: ['a'] },
        'user_check_in_history["kim"] lists ci_404, which is not in check_ins; fix the scenario',
        broken,
      );
      expectFailure('track_progress', { user_id: 'kim' }, /lists ci_404/, broken);
    });
  });

  describe('journeys', () => {
    it('lists journeys, optionally by category', () => {
      const ids = (args: object) =>
        (sanvello.call(demo(), 'get_guided_journeys', args).content as { journeys: { journey_id: string }[] }).journeys.map(
          (j) => j.journey_id,
        );
      expect(ids({ category: 'anxiety' })).toEqual(['j_anxiety_basics', 'j_panic']);
      expect(ids({ category: '' })).toHaveLength(4);
      expect(ids({ category: 'Anxiety' })).toEqual([]);
    });

    it('enrolls at step 1, numbering enrollments from the counter; enrolling twice makes two', () => {
      const first = sanvello.call(demo(), 'start_journey', { user_id: 'sam', journey_id: 'j_mood_lift' });
      expect(first.content).toEqual({
        enrollment_id: 'en_4',
        current_step: 1,
        progress_percent: 0,
        weekly_goal: { week: 1, goal: 'Complete step 1 of Lifting Low Mood' },
        next_activity: { step: 1, title: 'Introduction', description: 'Begin your journey' },
      });
      const second = sanvello.call(first.state, 'start_journey', { user_id: 'sam', journey_id: 'j_mood_lift' });
      expect(second.state.user_enrollments.sam).toEqual(['en_3', 'en_4', 'en_5']);
      expect(second.state.enrollments.en_5).toEqual({
        enrollment_id: 'en_5',
        user_id: 'sam',
        journey_id: 'j_mood_lift',
        current_step: 1,
        progress_percent: 0,
      });
      expect(second.state.next_enrollment_id).toBe(6);
    });

    it('refuses empty ids and unknown journeys', () => {
      expectFailure('start_journey', { user_id: '', journey_id: 'j_panic' }, 'user_id must be a non-empty string');
      expectFailure('start_journey', { user_id: 'sam', journey_id: '' }, 'journey_id must be a non-empty string');
      expectFailure('start_journey', { user_id: 'sam', journey_id: 'j_yoga' }, /Journey j_yoga not found/);
    });
  });

  it('lists coping tools by type; the situation does not narrow them', () => {
    const tools = sanvello.call(demo(), 'get_coping_tools', { tool_type: 'journaling', situation: 'panic attack' }).content as {
      tools: { tool_id: string }[];
    };
    expect(tools.tools.map((t) => t.tool_id)).toEqual(['tool_thought_record', 'tool_gratitude']);
    expect((sanvello.call(demo(), 'get_coping_tools', {}).content as { tools: unknown[] }).tools).toHaveLength(6);
  });

  describe('track_progress', () => {
    it('reports counts, the all-time average, the last seven check-ins’ average and the enrollments', () => {
      const report = sanvello.call(demo(), 'track_progress', { user_id: 'maria', metric_type: 'mood' }).content as Record<string, unknown>;
      expect(report.overview).toEqual({ total_check_ins: 8, current_streak: 7, improvement_score: 6 });
      expect(report.mood_trends).toEqual({
        weekly_average: Array(7).fill(44 / 7),
        best_day: 'Monday',
        common_triggers: ['work stress', 'sleep issues'],
      });
      expect(report.journey_progress).toEqual([
        { enrollment_id: 'en_1', journey_id: 'j_panic', current_step: 8, progress_percent: 100 },
        { enrollment_id: 'en_2', journey_id: 'j_anxiety_basics', current_step: 5, progress_percent: 33.3 },
      ]);
    });

    it('gives zeros to a user without check-ins', () => {
      const report = sanvello.call(demo(), 'track_progress', { user_id: 'sam' }).content as Record<string, Record<string, unknown>>;
      expect(report.overview).toEqual({ total_check_ins: 0, current_streak: 0, improvement_score: 0 });
      expect(report.mood_trends?.weekly_average).toEqual([0, 0, 0, 0, 0, 0, 0]);
      expectFailure('track_progress', { user_id: '' }, 'user_id must be a non-empty string');
    });
  });

  describe('join_community_group', () => {
    it('joins the first group with exactly that topic', () => {
      expect(sanvello.call(demo(), 'join_community_group', { group_topic: 'anxiety' }).content).toEqual({
        group_id: 'grp_anxiety',
        group_name: 'Anxiety Support Circle',
        member_count: 1843,
        moderated: true,
        recent_discussions: [
          { thread_id: 't1', title: 'Coping with morning anxiety', replies: 12 },
          { thread_id: 't2', title: 'Sleep tips that worked for me', replies: 8 },
        ],
        guidelines: 'Be kind. No medical advice. Share only what you are comfortable with.',
      });
    });

    it('refuses an empty or unknown topic', () => {
      expectFailure('join_community_group', { group_topic: '' }, 'group_topic must be a non-empty string');
      expectFailure(
        'join_community_group',
        { group_topic: 'Anxiety' },
        'Community group with topic Anxiety not found; topics are anxiety, depression, parenting',
      );
    });
  });
});
