/**
 * The address check several references declare as pattern `^[^@]+@[^@]+\.[^@]+$`: one "@", a
 * non-empty name, and a domain with a dot that is neither its first nor its last character.
 * Written as a scan because that pattern, run by a backtracking engine, is quadratic on a long
 * domain of dots ("a@" followed by 500 000 dots); the reference's engine is linear, and so is this.
 */
export function hasEmailShape(text: string): boolean {
  const at = text.indexOf('@');
  if (at <= 0 || text.indexOf('@', at + 1) !== -1) return false;
  const domain = text.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return dot !== -1 && dot < domain.length - 1;
}
