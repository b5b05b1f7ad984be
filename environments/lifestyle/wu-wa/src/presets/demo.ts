import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const build = (weapon: string, echo_set: string, main_stats: string[], sub_stats: string[], talent_priority: string[]) => ({
  weapon,
  echo_set,
  main_stats,
  sub_stats,
  talent_priority,
});

// A guide site's page for a later patch: five characters (a 4-star among them), six echo sets, and
// profiles. Edges worth trying: 炽霞 has an in-game record but no profile yet, 忌炎's profile came
// before his record was written, one echo set is recommended for nobody, and one has fractional and
// very small bonuses that show the JSON float format.
export const demo: Input = {
  characterDatabase: {
    今汐: {
      name: '今汐',
      rarity: 5,
      element: '衍射',
      weapon_type: '长刃',
      build_recommendations: build(
        '时和岁稔',
        '浮星祛暗',
        ['暴击率', '衍射伤害加成', '攻击力%'],
        ['暴击率', '暴击伤害', '共鸣技能伤害加成', '攻击力%'],
        ['共鸣技能', '共鸣回路', '共鸣解放', '常态攻击'],
      ),
      team_compositions: [
        ['今汐', '维里奈', '莫特斐'],
        ['今汐', '折枝', '维里奈'],
      ],
      gameplay_tips: ['攒满惊龙层数后再释放共鸣技能', '延奏队友尽量选择提升共鸣技能伤害的角色'],
    },
    长离: {
      name: '长离',
      rarity: 5,
      element: '热熔',
      weapon_type: '迅刃',
      build_recommendations: build(
        '赫奕流明',
        '熔山裂谷',
        ['暴击率', '热熔伤害加成', '攻击力%'],
        ['暴击率', '暴击伤害', '攻击力%', '共鸣解放伤害加成'],
        ['共鸣回路', '共鸣技能', '共鸣解放', '常态攻击'],
      ),
      team_compositions: [['长离', '今汐', '维里奈']],
      gameplay_tips: ['离火层数叠满后衔接重击', '作为副输出时利用变奏技能快速进场'],
    },
    卡卡罗: {
      name: '卡卡罗',
      rarity: 5,
      element: '导电',
      weapon_type: '阔刃',
      build_recommendations: build(
        '苍鳞千嶂',
        '彻空冥雷',
        ['暴击率', '导电伤害加成', '攻击力%'],
        ['暴击率', '暴击伤害', '攻击力%', '共鸣解放伤害加成'],
        ['共鸣解放', '共鸣技能', '共鸣回路', '常态攻击'],
      ),
      team_compositions: [['卡卡罗', '丹瑾', '维里奈']],
      gameplay_tips: ['开启共鸣解放后持续输出普攻'],
    },
    炽霞: {
      name: '炽霞',
      rarity: 4,
      element: '热熔',
      weapon_type: '佩枪',
      build_recommendations: build(
        '穿击枪-26',
        '熔山裂谷',
        ['暴击率', '热熔伤害加成', '攻击力%'],
        ['暴击率', '暴击伤害', '攻击力%'],
        ['共鸣技能', '常态攻击', '共鸣回路', '共鸣解放'],
      ),
      team_compositions: [],
      gameplay_tips: [],
    },
    散华: {
      name: '散华',
      rarity: 4,
      element: '冷凝',
      weapon_type: '迅刃',
      build_recommendations: build(
        '行进序曲',
        '凝夜白霜',
        ['暴击率', '共鸣效率', '攻击力%'],
        ['共鸣效率', '暴击率', '暴击伤害'],
        ['共鸣技能', '共鸣解放', '共鸣回路', '常态攻击'],
      ),
      team_compositions: [['散华', '今汐', '维里奈']],
      gameplay_tips: ['用冰棱爆炸的变奏为主输出增伤'],
    },
  },
  echoDatabase: {
    浮星祛暗: {
      name: '浮星祛暗',
      cost: 4,
      attributes: { 衍射伤害: 30, 暴击率: 22 },
      set_effect: '2件套: 衍射伤害+10% 5件套: 使用共鸣技能后衍射伤害+30%，持续15秒',
      recommended_for: ['今汐', '维里奈'],
    },
    熔山裂谷: {
      name: '熔山裂谷',
      cost: 4,
      attributes: { 热熔伤害: 30, 暴击伤害: 44 },
      set_effect: '2件套: 热熔伤害+10% 5件套: 使用共鸣技能时热熔伤害+30%，持续15秒',
      recommended_for: ['长离', '炽霞'],
    },
    彻空冥雷: {
      name: '彻空冥雷',
      cost: 4,
      attributes: { 导电伤害: 30, 攻击力: 18 },
      set_effect: '2件套: 导电伤害+10% 5件套: 使用重击或共鸣技能后导电伤害+15%，可叠加2层',
      recommended_for: ['卡卡罗'],
    },
    凝夜白霜: {
      name: '凝夜白霜',
      cost: 3,
      attributes: { 冷凝伤害: 30, 共鸣效率: 32 },
      set_effect: '2件套: 冷凝伤害+10% 5件套: 使用普攻或重击后冷凝伤害+10%，可叠加3层',
      recommended_for: ['散华'],
    },
    轻云出月: {
      name: '轻云出月',
      cost: 1,
      attributes: { 共鸣效率: 10.5, 生命值: 0.00001, 暴击率: 2.25e-7 },
      set_effect: '2件套: 共鸣效率+10% 5件套: 变奏入场后下一位角色攻击力+22.5%',
      recommended_for: [],
    },
    沉日劫明: {
      name: '沉日劫明',
      cost: 4,
      attributes: { '攻击力%': 30, 暴击率: 15 },
      set_effect: '2件套: 湮灭伤害+10% 5件套: 使用普攻或重击时湮灭伤害+7.5%，可叠加4层',
      recommended_for: ['漂泊者', '丹瑾'],
    },
  },
  characterProfileDatabase: {
    今汐: {
      name: '今汐',
      voice_actor: '徐慧',
      background_story: '今州的令尹，守护着城邦与岁主之间的古老约定。',
      personality: '沉稳、庄重，对百姓怀有深切的责任感',
      design_notes: '服饰以白与金为主调，融入龙与星辰的意象',
      release_date: '2024-06-28',
    },
    长离: {
      name: '长离',
      voice_actor: '阎萌萌',
      background_story: '今州令尹的谋士，擅长以棋局推演天下大势。',
      personality: '聪慧、从容，常以谜语般的话语示人',
      design_notes: '火焰与凤羽元素贯穿整体设计',
      release_date: '2024-07-22',
    },
    卡卡罗: {
      name: '卡卡罗',
      voice_actor: '马正阳',
      background_story: '雇佣兵团“幻影”的首领，行事果决，来历成谜。',
      personality: '冷酷、寡言，只对自己认定的目标执着',
      design_notes: '黑色风衣与雷光形成鲜明对比',
      release_date: '2024-05-23',
    },
    散华: {
      name: '散华',
      voice_actor: '杨梦露',
      background_story: '今州令尹身边的护卫，剑术凌厉。',
      personality: '冷静、忠诚，外冷内热',
      design_notes: '以冰晶与剑穗为主要装饰',
      release_date: '2024-05-23',
    },
    忌炎: {
      name: '忌炎',
      voice_actor: '孙晔',
      background_story: '今州边境的将军，率领夜归军镇守前线。',
      personality: '刚毅、正直，重视部下',
      design_notes: '铠甲与长枪体现其将领身份',
      release_date: '2024-05-23',
    },
  },
};
