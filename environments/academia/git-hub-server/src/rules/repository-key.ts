/** The key every per-repository map of the scenario uses: "owner/repo". */
export function repositoryKey(owner: string, repo: string): string {
  return `${owner}/${repo}`;
}
