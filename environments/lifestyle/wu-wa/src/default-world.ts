import type { z } from 'zod';
import type { characterInfoSchema, characterProfileSchema, echoInfoSchema } from './scenario.js';

// Spelled out rather than taken from scenarioSchema, whose defaults are read from this file.
type World = {
  characterDatabase: Record<string, z.output<typeof characterInfoSchema>>;
  echoDatabase: Record<string, z.output<typeof echoInfoSchema>>;
  characterProfileDatabase: Record<string, z.output<typeof characterProfileSchema>>;
};

// The reference's own world, loaded by {}: three characters (the Rover, Verina and Baizhi) with their
// builds and profiles, and five echo sets. Names and texts are in Chinese, as the tools are queried.
export const defaultWorld: World = {
  characterDatabase: {
    漂泊者: {
      name: '漂泊者',
      rarity: 5,
      element: '光谱',
      weapon_type: '迅刃',
      build_recommendations: {
        weapon: '千古洑流',
        echo_set: '沉日劫明',
        main_stats: ['暴击率', '暴击伤害', '攻击力%'],
        sub_stats: ['暴击率', '暴击伤害', '攻击力%', '共鸣效率'],
        talent_priority: ['共鸣回路', '共鸣技能', '常态攻击', '共鸣解放'],
      },
      team_compositions: [
        ['漂泊者', '维里奈', '白芷'],
        ['漂泊者', '散华', '白莲'],
      ],
      gameplay_tips: ['利用共鸣回路进行快速连击', '保持高共鸣效率以频繁释放技能'],
    },
    维里奈: {
      name: '维里奈',
      rarity: 5,
      element: '衍射',
      weapon_type: '音感仪',
      build_recommendations: {
        weapon: '漪澜浮录',
        echo_set: '隐世回音',
        main_stats: ['攻击力%', '暴击率', '暴击伤害'],
        sub_stats: ['攻击力%', '暴击率', '暴击伤害', '共鸣效率'],
        talent_priority: ['共鸣回路', '共鸣技能', '共鸣解放', '常态攻击'],
      },
      team_compositions: [
        ['维里奈', '漂泊者', '白芷'],
        ['维里奈', '卡卡罗', '白莲'],
      ],
      gameplay_tips: ['优先叠加光合能量', '在适当时机使用重击触发额外伤害'],
    },
    白芷: {
      name: '白芷',
      rarity: 4,
      element: '冷凝',
      weapon_type: '音感仪',
      build_recommendations: {
        weapon: '鸣动仪-25',
        echo_set: '彻响之壁',
        main_stats: ['攻击力%', '暴击率', '暴击伤害'],
        sub_stats: ['攻击力%', '暴击率', '暴击伤害', '共鸣效率'],
        talent_priority: ['共鸣技能', '共鸣回路', '常态攻击', '共鸣解放'],
      },
      team_compositions: [
        ['白芷', '漂泊者', '维里奈'],
        ['白芷', '卡卡罗', '桃祈'],
      ],
      gameplay_tips: ['利用延奏技能为队友提供伤害加成', '保持共鸣回路层数'],
    },
  },
  echoDatabase: {
    沉日劫明: {
      name: '沉日劫明',
      cost: 4,
      attributes: {
        '攻击力%': 30.0,
        暴击率: 15.0,
      },
      set_effect: '2件套: 湮灭伤害+10% 5件套: 使用普攻或重击时湮灭伤害+7.5%，可叠加4层',
      recommended_for: ['漂泊者', '丹瑾', '散华'],
    },
    隐世回音: {
      name: '隐世回音',
      cost: 4,
      attributes: {
        '攻击力%': 30.0,
        暴击伤害: 20.0,
      },
      set_effect: '2件套: 攻击力+10% 5件套: 装备者不为后台角色时攻击力+15%',
      recommended_for: ['维里奈', '安可', '吟霖'],
    },
    彻响之壁: {
      name: '彻响之壁',
      cost: 3,
      attributes: {
        '防御力%': 20.0,
        '生命值%': 20.0,
      },
      set_effect: '2件套: 防御力+15% 5件套: 受到攻击时防御力+15%，持续5秒',
      recommended_for: ['白芷', '桃祈', '渊武'],
    },
    不绝余音: {
      name: '不绝余音',
      cost: 4,
      attributes: {
        '攻击力%': 30.0,
        共鸣效率: 20.0,
      },
      set_effect: '2件套: 攻击力+10% 5件套: 在场时自身攻击力每1.5秒+5%，最多叠加6层',
      recommended_for: ['卡卡罗', '凌阳', '炽霞'],
    },
    啸谷长风: {
      name: '啸谷长风',
      cost: 4,
      attributes: {
        气动伤害: 30.0,
        暴击率: 15.0,
      },
      set_effect: '2件套: 气动伤害+10% 5件套: 使用变奏技能时气动伤害+30%，持续15秒',
      recommended_for: ['秧秧', '秋水', '莫特斐'],
    },
  },
  characterProfileDatabase: {
    漂泊者: {
      name: '漂泊者',
      voice_actor: '???',
      background_story: '从世界之外漂流而来的旅人，拥有穿越不同世界的能力。',
      personality: '冷静、理性，但内心充满对未知世界的好奇',
      design_notes: '主角设计简洁大方，体现其来自世界之外的特殊身份',
      release_date: '2024-05-23',
    },
    维里奈: {
      name: '维里奈',
      voice_actor: '张昱',
      background_story: '新联邦植物育种员，拥有与植物沟通的能力，致力于培育新的植物品种。',
      personality: '温柔、善良，对植物有着深厚的感情',
      design_notes: '设计融合了植物元素，服装和技能都体现自然主题',
      release_date: '2024-05-23',
    },
    白芷: {
      name: '白芷',
      voice_actor: '张琦',
      background_story: '华胥研究院的研究员，专注于共鸣能力的研究，拥有出色的医疗共鸣能力。',
      personality: '冷静、专业，在研究中追求完美',
      design_notes: '白大褂和医疗元素体现其研究员身份',
      release_date: '2024-05-23',
    },
  },
};
