import { describe, expect, it } from 'vitest';
import { canvas } from '../src/index.js';

const demo = () => canvas.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => canvas.call(demo(), name, args).content;

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = canvas.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('courses, modules and files', () => {
  it('maps course names to ids and lists modules and their items', () => {
    expect(call('get_courses', {})).toEqual({
      courses: { 'STAT 101: Intro to Statistics': '1201', 'CHEM 201: Organic Chemistry I': '1302' },
    });
    expect((call('get_modules', { course_id: '1302' }) as { modules: unknown[] }).modules).toEqual([
      { module_id: 'm-21', name: 'Unit 1: Alkanes', status: 'locked' },
    ]);
    expect(
      (call('get_module_items', { course_id: 'any', module_id: 'm-11' }) as { items: { type: string }[] }).items.map((i) => i.type),
    ).toEqual(['File', 'Quiz']);
    expect(call('get_modules', { course_id: '9999' })).toEqual({ modules: [] });
  });

  it('gives a file’s download URL and fails for a file the course lacks', () => {
    expect(call('get_file_url', { file_id: 'f-502', course_id: '1201' })).toEqual({
      download_url: 'https://canvas.example.edu/files/f-502/download?verifier=p2q7',
    });
    expectFailure('get_file_url', { file_id: 'f-502', course_id: '1302' }, 'File f-502 not found in course 1302');
    expectFailure('get_modules', { course_id: '' }, 'Course ID must be a non-empty string');
  });
});

describe('assignments', () => {
  it('lists a course’s assignments, filtered by submission status', () => {
    const names = (args: Record<string, unknown>) =>
      (call('get_course_assignments', args) as { assignments: { name: string }[] }).assignments.map((a) => a.name);
    expect(names({ course_id: '1201' })).toEqual(['Problem set 1', 'Problem set 2', 'Project proposal']);
    expect(names({ course_id: '1201', bucket: 'not_submitted' })).toEqual(['Project proposal']);
  });

  it('finds a course by part of its name', () => {
    const names = (args: Record<string, unknown>) =>
      (call('get_assignments_by_course_name', args) as { assignments: { name: string }[] }).assignments.map((a) => a.name);
    expect(names({ course_name: 'organic' })).toEqual(['Lab report 1']);
    expect(names({ course_name: 'intro', bucket: 'graded' })).toEqual(['Problem set 1']);
    expect(names({ course_name: 'physics' })).toEqual([]);
  });
});

describe('students and submissions', () => {
  it('lists students and submissions, all or one student’s', () => {
    expect(
      (call('get_students_in_course', { course_id: '1201' }) as { students: { enrollment_status: string }[] }).students.map(
        (s) => s.enrollment_status,
      ),
    ).toEqual(['active', 'active', 'invited', 'inactive']);
    const all = call('get_submission_status', { course_id: '1201', assignment_id: 'a-1' }) as {
      submissions: Record<string, { score: number }>;
    };
    expect(Object.keys(all.submissions)).toEqual(['s-01', 's-02', 's-03']);
    expect(call('get_submission_status', { course_id: '1201', assignment_id: 'a-1', student_id: 's-02' })).toEqual({
      submissions: {
        's-02': {
          student_id: 's-02',
          student_name: 'Jonas Weber',
          submitted_at: '2025-02-07T23:40:00Z',
          submission_status: 'graded',
          score: 78,
          graded_at: '2025-02-10T09:05:00Z',
          workflow_state: 'graded',
        },
      },
    });
    expect(call('get_submission_status', { course_id: '1201', assignment_id: 'a-1', student_id: 's-04' })).toEqual({ submissions: {} });
    expectFailure('get_submission_status', { course_id: '1201', assignment_id: '' }, 'Assignment ID must be a non-empty string');
  });
});
