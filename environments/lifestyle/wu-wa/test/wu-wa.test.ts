import { describe, expect, it } from 'vitest';
import { pydanticFloatJson } from '../src/float-json.js';
import { wuWa } from '../src/index.js';

const demo = () => wuWa.loadPreset('demo');
const answer = (name: string, args: Record<string, unknown>, start = demo()) =>
  wuWa.call(start, name, args).content as Record<string, string>;

function expectFailure(name: string, args: Record<string, unknown>, message: RegExp, start = demo()) {
  const outcome = wuWa.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('WuWa', () => {
  it('loads the reference’s world from {}: three characters with profiles, five echo sets', () => {
    const world = wuWa.load({});
    expect(world).toEqual(wuWa.defaultScenario);
    expect(Object.keys(world.characterDatabase)).toEqual(['漂泊者', '维里奈', '白芷']);
    expect(Object.keys(world.characterProfileDatabase)).toEqual(['漂泊者', '维里奈', '白芷']);
    expect(Object.keys(world.echoDatabase)).toHaveLength(5);
    // A map given in the scenario replaces that map only.
    const partial = wuWa.load({ echoDatabase: {} });
    expect(partial.echoDatabase).toEqual({});
    expect(Object.keys(partial.characterDatabase)).toHaveLength(3);
  });

  it('get_character_info: the record as compact JSON text in the model’s field order', () => {
    expect(answer('get_character_info', { character_name: '白芷' }, wuWa.load({})).character_info).toBe(
      '{"name":"白芷","rarity":4,"element":"冷凝","weapon_type":"音感仪","build_recommendations":{"weapon":"鸣动仪-25",' +
        '"echo_set":"彻响之壁","main_stats":["攻击力%","暴击率","暴击伤害"],"sub_stats":["攻击力%","暴击率","暴击伤害","共鸣效率"],' +
        '"talent_priority":["共鸣技能","共鸣回路","常态攻击","共鸣解放"]},"team_compositions":[["白芷","漂泊者","维里奈"],' +
        '["白芷","卡卡罗","桃祈"]],"gameplay_tips":["利用延奏技能为队友提供伤害加成","保持共鸣回路层数"]}',
    );
    expect(JSON.parse(answer('get_character_info', { character_name: '炽霞' }).character_info ?? '')).toMatchObject({
      rarity: 4,
      team_compositions: [],
    });
  });

  it('get_echo_info: bonuses written as pydantic writes floats', () => {
    expect(answer('get_echo_info', { echo_name: '沉日劫明' }).echo_info).toContain('"attributes":{"攻击力%":30.0,"暴击率":15.0}');
    expect(answer('get_echo_info', { echo_name: '轻云出月' }).echo_info).toBe(
      '{"name":"轻云出月","cost":1,"attributes":{"共鸣效率":10.5,"生命值":0.00001,"暴击率":2.25e-7},' +
        '"set_effect":"2件套: 共鸣效率+10% 5件套: 变奏入场后下一位角色攻击力+22.5%","recommended_for":[]}',
    );
  });

  it('get_character_profile: profiles are a map of their own', () => {
    expect(JSON.parse(answer('get_character_profile', { character_name: '忌炎' }).character_profile ?? '')).toEqual({
      name: '忌炎',
      voice_actor: '孙晔',
      background_story: '今州边境的将军，率领夜归军镇守前线。',
      personality: '刚毅、正直，重视部下',
      design_notes: '铠甲与长枪体现其将领身份',
      release_date: '2024-05-23',
    });
  });

  it('answers an unknown name with an error text, not a failure', () => {
    expect(answer('get_character_info', { character_name: '忌炎' })).toEqual({ character_info: '{"error": "Character not found"}' });
    expect(answer('get_character_profile', { character_name: '炽霞' })).toEqual({
      character_profile: '{"error": "Character profile not found"}',
    });
    expect(answer('get_echo_info', { echo_name: 'constructor' })).toEqual({ echo_info: '{"error": "Echo not found"}' });
  });

  it('fails for an empty name, changing nothing', () => {
    expectFailure('get_character_info', { character_name: '' }, /Character name must be a non-empty string/);
    expectFailure('get_character_profile', { character_name: '' }, /Character name must be a non-empty string/);
    expectFailure('get_echo_info', { echo_name: '' }, /Echo name must be a non-empty string/);
  });

  it('fails for a stored text that JSON cannot carry (a lone surrogate)', () => {
    const start = wuWa.load({ echoDatabase: { e: { name: 'e', cost: 1, attributes: {}, set_effect: '\ud800', recommended_for: [] } } });
    expectFailure('get_echo_info', { echo_name: 'e' }, /lone UTF-16 surrogate/, start);
  });

  it('writes floats like pydantic: a fraction always, exponents outside 1e-5 … 1e16', () => {
    const written = [
      30, 0, -12.5, 0.00001, 0.000015, 1e-6, 1e15, 9.999e15, 1e16, 1.2345678901234568e20, 5e-324, 1.7976931348623157e308,
    ].map(pydanticFloatJson);
    expect(written).toEqual([
      '30.0',
      '0.0',
      '-12.5',
      '0.00001',
      '0.000015',
      '1e-6',
      '1000000000000000.0',
      '9999000000000000.0',
      '1e+16',
      '1.2345678901234568e+20',
      '5e-324',
      '1.7976931348623157e+308',
    ]);
  });
});
