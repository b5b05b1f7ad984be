import { ownEntry } from '@envfleet/kit';
import type { CanvasState } from '../scenario.js';

/** A course's assignments, only those whose submission status is `bucket` when one is given. */
export function courseAssignments(state: CanvasState, courseId: string, bucket: string | null) {
  const assignments = ownEntry(state.assignments, courseId) ?? [];
  return { assignments: bucket ? assignments.filter((assignment) => assignment.submission_status === bucket) : assignments };
}
