import { STATUS_CODES } from 'node:http';

// Response objects shared by every operation of the OpenAPI document.

export const PROBLEM_REF = '#/components/schemas/Problem';

/** "201 Created", not "201 OK": the status's own name, with what it means here after it. */
export function statusLabel(status: number | string, meaning?: string): string {
  const name = STATUS_CODES[Number(status)] ?? 'Status';
  return meaning ? `${name}: ${meaning}` : name;
}

/** A refusal, answered as problem+json. */
export function problemResponse(status: number, meaning: string) {
  return {
    description: statusLabel(status, meaning),
    content: { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } },
  };
}

/** The refusals of the access checks every guarded route runs first (Host and Origin, then the token). */
export function accessRefusals() {
  return {
    401: problemResponse(401, 'The server sets ENVFLEET_TOKEN and the request has no `Authorization: Bearer` with it'),
    403: problemResponse(403, 'The Host or Origin is not one this server answers to (ENVFLEET_ALLOWED_HOSTS, ENVFLEET_PUBLIC_URL)'),
  };
}
