/** What the simulated buyer says: natural Chinese lines by action, style and trust, picked by seed. */
import type { NegotiationStyle } from '@shared/schemas'
import type { Rng } from '../random'

type Line = readonly [zh: string, en: string]
type Action = 'accept' | 'push' | 'probe' | 'threaten' | 'walk'

interface Bank {
  any: readonly Line[]
  style?: Partial<Record<NegotiationStyle, readonly Line[]>>
  lowTrust?: readonly Line[]
}

const BANKS: Record<Action, Bank> = {
  accept: {
    any: [
      [
        '好，就按 {price} 元定下来，我们走合同流程吧。',
        'Fine, {price} it is; let’s move on to the contract.',
      ],
      ['这个价格我们可以接受，辛苦了。', 'We can accept this price. Thank you for the effort.'],
      ['行，{price} 元，今天就把这事定了。', 'All right, {price}; let’s settle it today.'],
    ],
    style: {
      竞争型: [
        [
          '这次算你们过关，{price} 元成交，后续服务可得跟上。',
          'You pass this time: {price}, but the service had better match.',
        ],
      ],
      合作型: [
        [
          '{price} 元双方都能接受，接下来一起把实施计划排好。',
          '{price} works for both of us; let’s plan the rollout together.',
        ],
      ],
      妥协型: [['各退一步，{price} 元，成交。', 'Each side gave a little: {price}, deal.']],
      迁就型: [
        [
          '可以可以，就 {price} 元吧，别让项目等了。',
          'Sure, {price} is fine; let’s not keep the project waiting.',
        ],
      ],
      规避型: [['那就 {price} 元，不再来回谈了。', 'Then {price}; no more back and forth.']],
    },
    lowTrust: [
      [
        '价格可以，但所有承诺都要写进合同。',
        'The price is acceptable, but every promise goes into the contract.',
      ],
    ],
  },
  push: {
    any: [
      [
        '这个价格还是超出我们的预算，{counter} 元左右才好往上报。',
        'Still over our budget; around {counter} is what I can take upstairs.',
      ],
      [
        '别家的报价比你们低不少，再让一点，{counter} 元怎么样？',
        'Others quoted well below you; a bit more — how about {counter}?',
      ],
      [
        '我们很有诚意合作，但价格必须再往下走，{counter} 元可以考虑。',
        'We want to work with you, but the price has to come down: {counter} we could consider.',
      ],
    ],
    style: {
      竞争型: [
        [
          '{price} 元？你们的利润空间我们心里有数，{counter} 元，不谈别的。',
          '{price}? We know your margins. {counter}, nothing else.',
        ],
        [
          '领导给我的上限比这低得多，{counter} 元以内才有可能。',
          'My boss’s ceiling is far below this; only within {counter}.',
        ],
      ],
      合作型: [
        [
          '我们一起看看成本结构，如果能做到 {counter} 元，数量上我们也可以多给。',
          'Let’s look at the cost structure together; at {counter} we could add volume.',
        ],
      ],
      妥协型: [
        [
          '我们取个中间数吧，{counter} 元，大家都好交代。',
          'Let’s meet in the middle: {counter}, both sides can live with it.',
        ],
      ],
      迁就型: [
        [
          '能不能再帮帮忙，{counter} 元我这边比较好推进。',
          'Could you help a little more? {counter} would make it easier on my side.',
        ],
      ],
      规避型: [
        [
          '这个价格我不好交代，你们再考虑一下，{counter} 元左右。',
          'I can’t justify this price; think it over, around {counter}.',
        ],
      ],
    },
    lowTrust: [
      [
        '你们刚才收回了让步，我很难判断你们的底线在哪，{counter} 元再说。',
        'You just took a concession back; I can’t tell where your limit is. Come back at {counter}.',
      ],
    ],
  },
  probe: {
    any: [
      [
        '这个报价是怎么算出来的？能不能把分项价格发给我们看看？',
        'How was this price built? Can you send us the breakdown?',
      ],
      [
        '{price} 元里包含哪些服务？培训和质保算在里面吗？',
        'What does {price} include? Are training and warranty in it?',
      ],
      ['同类项目你们一般给客户什么价格？', 'What price do you usually give customers on similar projects?'],
    ],
    style: {
      竞争型: [
        [
          '开价就这么高，你们是不是没打算真心合作？',
          'Opening this high — are you serious about working with us?',
        ],
      ],
      合作型: [
        [
          '我们先把需求对齐，看看哪些部分可以优化成本。',
          'Let’s align the requirements first and see where cost can be optimised.',
        ],
      ],
      规避型: [
        [
          '价格的事我们内部还要再研究，你们先说说有没有调整余地。',
          'We still need to discuss price internally; tell us first whether there is room.',
        ],
      ],
    },
  },
  threaten: {
    any: [
      [
        '如果价格还是这样，我们只能考虑其他供应商了。',
        'If the price stays like this we will have to look at other suppliers.',
      ],
      [
        '{counter} 元是我们能给的最后价格，你们回去商量一下。',
        '{counter} is our final figure; go and discuss it.',
      ],
      [
        '再这样僵下去，这个项目可能就要重新招标了。',
        'If we stay stuck, this project may go back out to tender.',
      ],
    ],
    style: {
      竞争型: [
        ['今天谈不拢，明天我就约另外两家。', 'If we can’t agree today, I meet the other two tomorrow.'],
      ],
      合作型: [
        [
          '我们真心想合作，但 {counter} 元以上我确实批不下来。',
          'We really want this, but above {counter} I can’t get approval.',
        ],
      ],
      妥协型: [
        [
          '我已经让到 {counter} 元了，你们不动的话就没法谈了。',
          'I’ve come up to {counter}; if you don’t move there is nothing to talk about.',
        ],
      ],
      迁就型: [
        [
          '我们真的很想合作，可这个价格我实在没法向上面交代，{counter} 元能不能帮帮忙？',
          'We really want to work with you, but I can’t defend this price upstairs. Could you help at {counter}?',
        ],
      ],
      规避型: [['那我们先暂停一下，等你们有新方案再说。', 'Let’s pause until you have a new proposal.']],
    },
    lowTrust: [
      [
        '刚让了又收回去，这样的合作我们不放心。',
        'Giving and then taking back — that makes us uneasy about working with you.',
      ],
    ],
  },
  walk: {
    any: [
      [
        '很遗憾，这次我们决定选择其他供应商。',
        'Sorry, this time we have decided to go with another supplier.',
      ],
      ['价格差距太大，我们先到这里吧。', 'The gap is too wide; let’s stop here.'],
    ],
    style: {
      竞争型: [['你们的价格没有竞争力，下次再合作吧。', 'Your price is not competitive; maybe next time.']],
      规避型: [
        ['我们内部再研究研究，有需要再联系你们。', 'We’ll think it over internally and call you if needed.'],
      ],
    },
    lowTrust: [
      [
        '报价反反复复，我们没法信任这样的合作方。',
        'The price keeps changing; we cannot trust a partner like that.',
      ],
    ],
  },
}

const TOOK_BACK: readonly Line[] = [
  [
    '怎么还往回收了？这让我们很难向领导交代。',
    'Taking it back? That makes it hard for me to explain upstairs.',
  ],
  ['上一轮说好的让步现在又不算了？', 'The concession from last round doesn’t count any more?'],
]
const EQUAL: readonly Line[] = [
  ['你们每次都能让这么多，说明空间还很大。', 'You give this much every time, so there is clearly more room.'],
  [
    '每次都让一样多，看来还能再让几轮。',
    'The same step every time — looks like a few more rounds are in it.',
  ],
]
const GROWING: readonly Line[] = [
  [
    '让步一次比一次大，看来价格水分不小。',
    'Each step bigger than the last — there’s plenty of slack in that price.',
  ],
]

export interface MessageContext {
  action: Action
  style: NegotiationStyle
  lowTrust: boolean
  tookBack: boolean
  /** The seller's step matched (or beat) its last one, so the buyer smells room. */
  hard: 'equal' | 'growing' | null
  price: number
  counter?: number
}

const fmt = (x: number) => String(Math.round(x * 100) / 100)

function pick(rng: Rng, lines: readonly Line[]): Line {
  return lines[Math.min(lines.length - 1, Math.floor(rng() * lines.length))]
}

/** One line from the style's and the generic lines (the low-trust ones when trust is low), with a lead-in after a take-back or on equal/growing steps. */
export function pickMessage(rng: Rng, ctx: MessageContext): { zh: string; en: string } {
  const bank = BANKS[ctx.action]
  const pool =
    ctx.lowTrust && bank.lowTrust ? bank.lowTrust : [...(bank.style?.[ctx.style] ?? []), ...bank.any]
  const usable = ctx.counter === undefined ? pool.filter((l) => !l[0].includes('{counter}')) : pool
  const line = pick(rng, usable.length > 0 ? usable : bank.any.filter((l) => !l[0].includes('{counter}')))
  const lead = ctx.tookBack
    ? pick(rng, TOOK_BACK)
    : ctx.hard === 'growing'
      ? pick(rng, GROWING)
      : ctx.hard === 'equal'
        ? pick(rng, EQUAL)
        : null
  const fill = (s: string) =>
    s
      .replaceAll('{price}', fmt(ctx.price))
      .replaceAll('{counter}', ctx.counter === undefined ? '' : fmt(ctx.counter))
  const zh = (lead ? lead[0] : '') + fill(line[0])
  const en = (lead ? lead[1] + ' ' : '') + fill(line[1])
  return { zh, en }
}
