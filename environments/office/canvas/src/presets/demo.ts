import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const submission = (
  student_id: string,
  student_name: string,
  status: string,
  submitted_at = '',
  score = 0,
  graded_at = '',
  workflow_state = 'unsubmitted',
) => ({
  student_id,
  student_name,
  submitted_at,
  submission_status: status,
  score,
  graded_at,
  workflow_state,
});

// A spring term with two courses: Intro to Statistics (modules, files, three assignments in
// different states, four students, graded and missing submissions) and Organic Chemistry I (a locked
// module and no submissions yet). Course names overlap on purpose ("Intro" matches only one).
export const demo: Input = {
  courses: {
    '1201': { id: '1201', name: 'STAT 101: Intro to Statistics' },
    '1302': { id: '1302', name: 'CHEM 201: Organic Chemistry I' },
  },
  course_name_map: { 'STAT 101: Intro to Statistics': '1201', 'CHEM 201: Organic Chemistry I': '1302' },
  modules: {
    '1201': [
      { module_id: 'm-11', name: 'Week 1: Describing data', status: 'completed' },
      { module_id: 'm-12', name: 'Week 2: Probability', status: 'unlocked' },
    ],
    '1302': [{ module_id: 'm-21', name: 'Unit 1: Alkanes', status: 'locked' }],
  },
  module_items: {
    'm-11': [
      { item_id: 'i-111', title: 'Lecture slides', type: 'File', url: 'https://canvas.example.edu/courses/1201/files/f-501' },
      { item_id: 'i-112', title: 'Histogram practice', type: 'Quiz', url: 'https://canvas.example.edu/courses/1201/quizzes/77' },
    ],
    'm-12': [
      { item_id: 'i-121', title: 'Problem set 2', type: 'Assignment', url: 'https://canvas.example.edu/courses/1201/assignments/a-2' },
    ],
  },
  assignments: {
    '1201': [
      {
        assignment_id: 'a-1',
        name: 'Problem set 1',
        description: 'Means, medians and spread.',
        due_date: '2025-02-07T23:59:00Z',
        submission_status: 'graded',
      },
      {
        assignment_id: 'a-2',
        name: 'Problem set 2',
        description: 'Conditional probability.',
        due_date: '2025-02-21T23:59:00Z',
        submission_status: 'submitted',
      },
      { assignment_id: 'a-3', name: 'Project proposal', due_date: '2025-03-14T23:59:00Z' },
    ],
    '1302': [{ assignment_id: 'a-21', name: 'Lab report 1', due_date: '2025-02-28T17:00:00Z' }],
  },
  students: {
    '1201': [
      { student_id: 's-01', name: 'Priya Nair', email: 'pnair@uni.example.edu', enrollment_status: 'active' },
      { student_id: 's-02', name: 'Jonas Weber', email: 'jweber@uni.example.edu', enrollment_status: 'active' },
      { student_id: 's-03', name: 'Mei Chen', email: 'mchen@uni.example.edu', enrollment_status: 'invited' },
      { student_id: 's-04', name: 'Tom Okafor', email: 'tokafor@uni.example.edu', enrollment_status: 'inactive' },
    ],
    '1302': [{ student_id: 's-01', name: 'Priya Nair', email: 'pnair@uni.example.edu', enrollment_status: 'active' }],
  },
  submissions: {
    'a-1': {
      's-01': submission('s-01', 'Priya Nair', 'graded', '2025-02-06T20:14:00Z', 92.5, '2025-02-10T09:00:00Z', 'graded'),
      's-02': submission('s-02', 'Jonas Weber', 'graded', '2025-02-07T23:40:00Z', 78, '2025-02-10T09:05:00Z', 'graded'),
      's-03': submission('s-03', 'Mei Chen', 'not_submitted'),
    },
    'a-2': { 's-01': submission('s-01', 'Priya Nair', 'submitted', '2025-02-20T11:00:00Z', 0, '', 'submitted') },
  },
  files: {
    '1201': {
      'f-501': 'https://canvas.example.edu/files/f-501/download?verifier=k3x9',
      'f-502': 'https://canvas.example.edu/files/f-502/download?verifier=p2q7',
    },
    '1302': {},
  },
};
