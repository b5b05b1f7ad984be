/** Profiles and match histories are stored under "<summoner name>:<region>". */
export function summonerKey(summonerName: string, region: string): string {
  return `${summonerName}:${region}`;
}
