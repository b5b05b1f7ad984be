/**
 * Failures of an episode operation, each with the HTTP status the API answers. Transports map them
 * to problem+json; nothing has been changed when one is thrown.
 */
export type EpisodeErrorKind = 'bad_request' | 'not_found' | 'conflict' | 'limit' | 'unavailable';

const STATUS: Record<EpisodeErrorKind, number> = {
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  limit: 429,
  unavailable: 503,
};

export class EpisodeError extends Error {
  override readonly name = 'EpisodeError';
  readonly status: number;
  constructor(
    readonly kind: EpisodeErrorKind,
    message: string,
    /** Field-level problems (for a 400), one line each. */
    readonly issues: string[] = [],
  ) {
    super(message);
    this.status = STATUS[kind];
  }
}

export const notFound = (message: string) => new EpisodeError('not_found', message);
export const badRequest = (message: string, issues: string[] = []) => new EpisodeError('bad_request', message, issues);
