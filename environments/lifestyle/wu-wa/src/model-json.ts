import { ToolError } from '@envfleet/kit';
import { pydanticFloatJson } from './float-json.js';
import type { CharacterInfo, CharacterProfile, EchoInfo } from './scenario.js';

// The tools answer with a record serialized as pydantic's model_dump_json does: compact, fields in
// the model's declared order, non-ASCII text as is, floats in pydantic's style (see float-json.ts).

function text(value: string): string {
  // UTF-8 cannot carry a lone surrogate, so pydantic refuses to serialize one.
  if (/\p{Cs}/u.test(value)) {
    throw new ToolError(
      `The text ${JSON.stringify(value)} holds a lone UTF-16 surrogate and cannot be written as JSON: fix it in the scenario`,
    );
  }
  return JSON.stringify(value);
}

const texts = (values: readonly string[]) => `[${values.map(text).join(',')}]`;

const object = (fields: readonly (readonly [string, string])[]) => `{${fields.map(([name, json]) => `${text(name)}:${json}`).join(',')}}`;

export function characterInfoJson(character: CharacterInfo): string {
  const build = character.build_recommendations;
  return object([
    ['name', text(character.name)],
    ['rarity', String(character.rarity)],
    ['element', text(character.element)],
    ['weapon_type', text(character.weapon_type)],
    [
      'build_recommendations',
      object([
        ['weapon', text(build.weapon)],
        ['echo_set', text(build.echo_set)],
        ['main_stats', texts(build.main_stats)],
        ['sub_stats', texts(build.sub_stats)],
        ['talent_priority', texts(build.talent_priority)],
      ]),
    ],
    ['team_compositions', `[${character.team_compositions.map(texts).join(',')}]`],
    ['gameplay_tips', texts(character.gameplay_tips)],
  ]);
}

export function echoInfoJson(echo: EchoInfo): string {
  return object([
    ['name', text(echo.name)],
    ['cost', String(echo.cost)],
    ['attributes', object(Object.entries(echo.attributes).map(([name, value]) => [name, pydanticFloatJson(value)] as const))],
    ['set_effect', text(echo.set_effect)],
    ['recommended_for', texts(echo.recommended_for)],
  ]);
}

export function characterProfileJson(profile: CharacterProfile): string {
  return object([
    ['name', text(profile.name)],
    ['voice_actor', text(profile.voice_actor)],
    ['background_story', text(profile.background_story)],
    ['personality', text(profile.personality)],
    ['design_notes', text(profile.design_notes)],
    ['release_date', text(profile.release_date)],
  ]);
}
