import { compileGlob, type GlobMatcher } from '@envfleet/kit';

/**
 * A glob matcher (the kit's, fnmatch semantics) that compiles its pattern when it first tests a
 * name: the reference's fnmatch compiles on first use too, so a pattern it cannot compile fails a
 * search only where there is a name to test.
 */
export function lazyGlob(pattern: string): GlobMatcher {
  let matcher: GlobMatcher | undefined;
  return (name) => {
    matcher ??= compileGlob(pattern);
    return matcher(name);
  };
}
