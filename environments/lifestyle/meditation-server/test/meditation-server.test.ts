import { describe, expect, it } from 'vitest';
import { meditationServer as meditation } from '../src/index.js';

const demo = () => meditation.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = meditation.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

const ids = (name: string, args: Record<string, unknown>, list: string, key: string) =>
  ((meditation.call(demo(), name, args).content as Record<string, Record<string, string>[]>)[list] ?? []).map((item) => item[key]);

describe('MeditationServer', () => {
  it('loads {} as an empty library on 1 January 2025', () => {
    expect(meditation.load({})).toEqual({
      meditations: {},
      sleep_content: {},
      breathing_exercises: {},
      active_sessions: {},
      user_stats: {},
      current_time: '2025-01-01T00:00:00',
    });
  });

  describe('browsing', () => {
    it('filters the library by category, level and maximum duration; empty and 0 filters are ignored', () => {
      expect(ids('get_meditation_library', { category: 'sleep' }, 'meditations', 'meditation_id')).toEqual([
        'med-body-scan-20',
        'med-wind-down',
      ]);
      expect(ids('get_meditation_library', { duration: '10', experience_level: 'beginner' }, 'meditations', 'meditation_id')).toEqual([
        'med-morning-arrival',
        'med-desk-reset',
        'med-wind-down',
      ]);
      expect(ids('get_meditation_library', { duration: 0, category: '' }, 'meditations', 'meditation_id')).toHaveLength(9);
      expect(ids('get_meditation_library', { duration: -1 }, 'meditations', 'meditation_id')).toEqual([]);
      const [first] = (
        meditation.call(demo(), 'get_meditation_library', { category: 'stress', duration: 3 }).content as { meditations: object[] }
      ).meditations;
      expect(first).toEqual({
        meditation_id: 'med-desk-reset',
        title: 'Three-Minute Desk Reset',
        description: 'A short pause between meetings to come back to the present.',
        duration_minutes: 3,
        category: 'stress',
        level: 'beginner',
        instructor: 'Maya Chen',
        technique: 'breathing',
        audio_url: 'https://audio.stillwater.example/meditations/med-desk-reset.m4a',
        background_music: false,
      });
    });

    it('lists sleep content by type ("all" means every type) and narrator', () => {
      expect(ids('get_sleep_content', { content_type: 'story' }, 'sleep_content', 'content_id')).toEqual([
        'sleep-lighthouse',
        'sleep-night-train',
      ]);
      expect(ids('get_sleep_content', { content_type: 'all', narrator: 'Eleanor Hart' }, 'sleep_content', 'content_id')).toEqual([
        'sleep-lighthouse',
        'sleep-yoga-nidra',
      ]);
      const noise = (
        meditation.call(demo(), 'get_sleep_content', { narrator: 'None', content_type: 'sound' }).content as {
          sleep_content: { sleep_aids: string[] }[];
        }
      ).sleep_content;
      expect(noise.map((c) => c.sleep_aids)).toEqual([['rain', 'thunder'], []]);
    });

    it('lists breathing exercises by goal and maximum duration', () => {
      expect(ids('get_breathing_exercises', { duration: 3 }, 'exercises', 'exercise_id')).toEqual(['breath-sigh', 'breath-bellows']);
      expect(ids('get_breathing_exercises', { goal: 'sleep', duration: 4 }, 'exercises', 'exercise_id')).toEqual([]);
      expect(ids('get_breathing_exercises', { goal: 'sleep' }, 'exercises', 'exercise_id')).toEqual(['breath-478']);
    });

    it('recommends the first meditation of the library, mentioning the mood when given', () => {
      expect(meditation.call(demo(), 'get_daily_meditation', { user_id: 'ana', mood: 'restless' }).content).toEqual({
        meditation_id: 'med-morning-arrival',
        title: 'Morning Arrival',
        description: 'Settle into the day by noticing the breath and the sounds around you.',
        duration: 10,
        recommended_for: 'Based on mood: restless',
        theme: 'beginner',
        new_content: true,
        series_info: {},
      });
      expect(meditation.call(demo(), 'get_daily_meditation', { user_id: 'ana', mood: '' }).content).toMatchObject({
        recommended_for: 'Daily practice',
      });
      expect(meditation.call(meditation.load({}), 'get_daily_meditation', { user_id: 'ana' }).content).toEqual({});
      expectFailure('get_daily_meditation', { user_id: '' }, 'user_id must be a non-empty string');
    });
  });

  describe('sessions', () => {
    it('starts a session numbered by the count of sessions, stamped with the clock', () => {
      const outcome = meditation.call(demo(), 'start_meditation_session', { meditation_id: 'med-desk-reset', user_id: 'kai' });
      expect(outcome.content).toEqual({
        session_id: 'session_kai_med-desk-reset_3',
        started_at: '2025-03-14T07:30:00',
        streaming_url: 'https://audio.stillwater.example/meditations/med-desk-reset.m4a',
        progress_tracking: true,
        allow_background_play: true,
        completion_reward: 'Mindfulness points',
      });
      expect(outcome.state.active_sessions['session_kai_med-desk-reset_3']).toEqual({
        session_id: 'session_kai_med-desk-reset_3',
        meditation_id: 'med-desk-reset',
        user_id: 'kai',
        started_at: '2025-03-14T07:30:00',
        completed: false,
        completion_percent: 0,
        notes: null,
      });
    });

    it('takes the next free number instead of overwriting a stored session with that id', () => {
      const start = meditation.load({
        meditations: demo().meditations,
        active_sessions: {
          'session_kai_med-desk-reset_1': {
            session_id: 'session_kai_med-desk-reset_1',
            meditation_id: 'med-desk-reset',
            user_id: 'kai',
            started_at: '2025-01-01T00:00:00',
            completed: true,
          },
        },
      });
      const outcome = meditation.call(start, 'start_meditation_session', { meditation_id: 'med-desk-reset', user_id: 'kai' });
      expect((outcome.content as { session_id: string }).session_id).toBe('session_kai_med-desk-reset_2');
      expect(outcome.state.active_sessions['session_kai_med-desk-reset_1']?.completed).toBe(true);
    });

    it('refuses empty ids, unknown meditations and user ids outside [A-Za-z0-9_-]', () => {
      expectFailure('start_meditation_session', { meditation_id: '', user_id: 'kai' }, 'meditation_id must be a non-empty string');
      expectFailure('start_meditation_session', { meditation_id: 'med-desk-reset', user_id: '' }, 'user_id must be a non-empty string');
      expectFailure('start_meditation_session', { meditation_id: 'med-nap', user_id: 'kai' }, /Meditation med-nap not found/);
      expectFailure(
        'start_meditation_session',
        { meditation_id: 'med-desk-reset', user_id: 'kai lee' },
        /user_id may only contain letters, digits/,
      );
    });

    it('logs a completion: counts the session, the streak and the share of its minutes (rounded down)', () => {
      const outcome = meditation.call(demo(), 'log_meditation_completion', {
        session_id: 'session_ana_med-morning-arrival_1',
        completion_percent: '75',
        notes: 'Calmer',
      });
      expect(outcome.content).toEqual({
        logged: true,
        stats_updated: { total_sessions: 19, current_streak: 7, total_minutes: 221, weekly_goal_progress: 245.55555555555557 },
        insights: 'Great progress on your mindfulness journey',
        next_recommendation: {},
      });
      expect(outcome.state.active_sessions['session_ana_med-morning-arrival_1']).toMatchObject({
        completed: true,
        completion_percent: 75,
        notes: 'Calmer',
      });
      expect(outcome.state.user_stats.ana?.longest_streak).toBe(11);
    });

    it('creates the stats of a first-time user, and counts a session logged twice twice', () => {
      const first = meditation.call(demo(), 'log_meditation_completion', {
        session_id: 'session_leo_med-wind-down_2',
        completion_percent: 62.5,
      });
      expect((first.content as { stats_updated: object }).stats_updated).toEqual({
        total_sessions: 1,
        current_streak: 1,
        total_minutes: 5,
        weekly_goal_progress: 0,
      });
      const again = meditation.call(first.state, 'log_meditation_completion', {
        session_id: 'session_leo_med-wind-down_2',
        completion_percent: 100,
      });
      expect(again.state.user_stats.leo).toEqual({
        user_id: 'leo',
        total_sessions: 2,
        total_minutes: 13,
        current_streak: 2,
        longest_streak: 2,
        favorite_category: '',
        milestones_achieved: [],
        weekly_goal_minutes: 0,
      });
      expect(again.state.active_sessions['session_leo_med-wind-down_2']?.notes).toBeNull();
    });

    it('refuses unknown sessions, percentages outside 0-100 and sessions whose meditation is gone', () => {
      expectFailure('log_meditation_completion', { session_id: '', completion_percent: 50 }, 'session_id must be a non-empty string');
      expectFailure('log_meditation_completion', { session_id: 'session_x', completion_percent: 50 }, /Session session_x not found/);
      expectFailure(
        'log_meditation_completion',
        { session_id: 'session_leo_med-wind-down_2', completion_percent: 150 },
        'completion_percent must be between 0 and 100, got 150',
      );
      expectFailure(
        'log_meditation_completion',
        { session_id: 'session_leo_med-wind-down_2', completion_percent: -1 },
        'completion_percent must be between 0 and 100, got -1',
      );
      const orphaned = meditation.load({
        active_sessions: { s1: { session_id: 's1', meditation_id: 'med-gone', user_id: 'u1', started_at: '2025-01-01T00:00:00' } },
      });
      expectFailure(
        'log_meditation_completion',
        { session_id: 's1', completion_percent: 50 },
        /med-gone of session s1 is no longer in the library/,
        orphaned,
      );
    });
  });

  describe('stats', () => {
    it('reports totals, the average session length and a capped mindfulness score', () => {
      expect(meditation.call(demo(), 'get_meditation_stats', { user_id: 'ana', period: 'week' }).content).toEqual({
        total_sessions: 18,
        total_minutes: 214,
        current_streak: 6,
        longest_streak: 11,
        favorite_category: 'focus',
        average_session_length: 11.88888888888889,
        milestones_achieved: ['first_session', 'seven_day_streak', '100_minutes'],
        mindfulness_score: 100,
      });
      expect(meditation.call(demo(), 'get_meditation_stats', { user_id: 'kai' }).content).toMatchObject({
        average_session_length: 0,
        mindfulness_score: 0,
      });
    });

    it('fails for users without stats', () => {
      expectFailure('get_meditation_stats', { user_id: 'leo' }, /User leo not found/);
      expectFailure('get_meditation_stats', { user_id: '' }, 'user_id must be a non-empty string');
    });
  });
});
