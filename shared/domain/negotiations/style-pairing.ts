/** Advice for each of the 25 pairings of our negotiator's style with the counterpart's. */
import { AppError } from '@shared/errors'
import { NegotiationStyleSchema, type NegotiationStyle } from '@shared/schemas'

type Advice = { zh: string; en: string }

const ADVICE: Record<NegotiationStyle, Record<NegotiationStyle, Advice>> = {
  迁就型: {
    迁就型: {
      zh: '双方都想让对方满意，容易很快成交，却把价值留在桌上。事先写下底线和必须守住的条款，提出具体方案而不是一味让步。',
      en: 'Both want to please, so the deal comes fast and value is left on the table. Write down your walk-away and must-keep terms first; propose concrete options instead of simply yielding.',
    },
    妥协型: {
      zh: '对方习惯各让一步，而你倾向于多让。每次让步都要求对等回报，不要主动替对方折中。',
      en: 'They expect to split the difference and you tend to give more. Ask for something back for every concession; do not offer the compromise for them.',
    },
    规避型: {
      zh: '对方会拖延，你可能用降价来打破沉默。用明确的时间表和下一步推动，而不是用让步换回应。',
      en: 'They will stall and you may cut the price to break the silence. Move things with a clear timetable and next steps, not with concessions.',
    },
    合作型: {
      zh: '对方愿意深入挖掘需求。你要敢于说出我方的真实约束，否则“共同方案”会偏向对方。',
      en: 'They will dig into needs. State our real constraints openly, or the “joint solution” will lean their way.',
    },
    竞争型: {
      zh: '风险最高：对方持续施压，你容易一路让步。带上写好的底线和让步计划，必要时由更强势的同事主谈，用可交换条件代替降价。',
      en: 'The riskiest pairing: they keep pressing and you keep giving. Bring a written walk-away and concession plan, let a firmer colleague lead if needed, and trade terms instead of price.',
    },
  },
  妥协型: {
    迁就型: {
      zh: '对方容易接受。不要急于折中，先争取更好的方案，再照顾关系。',
      en: 'They agree easily. Do not rush to the middle; aim for a better deal first, then look after the relationship.',
    },
    妥协型: {
      zh: '双方都会很快“各让一半”，所以开价决定了中点：开价要有依据，并留足空间。',
      en: 'Both will split the difference quickly, so the opening decides the midpoint: open with a justified price and enough room.',
    },
    规避型: {
      zh: '对方不愿正面谈。主动给出两三个可选方案，让对方容易选择，并约定决定时间。',
      en: 'They avoid the direct talk. Offer two or three options that are easy to choose from, and agree a decision date.',
    },
    合作型: {
      zh: '对方想找更大的共同利益。别太早折中，先把可交换条件一起摆出来，再谈价格。',
      en: 'They look for bigger joint gains. Do not split too early; lay out the tradeables together first, then talk price.',
    },
    竞争型: {
      zh: '对方会把你的折中当成新的起点继续压价。每次让步都附带条件，并明确说明这是最后的中间方案。',
      en: 'They treat your compromise as a new starting point. Attach a condition to every concession and say clearly that this is the final middle ground.',
    },
  },
  规避型: {
    迁就型: {
      zh: '双方都回避冲突，问题会被搁置。把议题清单写下来，逐条确认。',
      en: 'Both avoid conflict, so issues get shelved. Write the list of issues and confirm them one by one.',
    },
    妥协型: {
      zh: '对方会提出折中方案，你容易直接接受。先对照底线再答复，可以要求休会考虑。',
      en: 'They will propose a compromise you may accept on the spot. Check it against your walk-away first; ask for a break to consider.',
    },
    规避型: {
      zh: '谈判容易停滞无果。指定主谈人和截止时间，用书面方案推动进展。',
      en: 'Talks tend to stall. Name a lead negotiator and a deadline, and push progress with written proposals.',
    },
    合作型: {
      zh: '对方会追问你的真实需求。提前准备好可以公开的信息，不要因为不想深谈而错过更好的方案。',
      en: 'They will ask about your real needs. Prepare what you can share, so you do not miss a better deal by avoiding the discussion.',
    },
    竞争型: {
      zh: '对方会利用你的回避步步紧逼。换一位更强势的主谈人，或事先书面确定底线，拒绝当场拍板。',
      en: 'They will exploit your reluctance and press on. Let a firmer colleague lead, or fix the walk-away in writing beforehand and refuse on-the-spot decisions.',
    },
  },
  合作型: {
    迁就型: {
      zh: '对方会轻易同意。确认对方真正的需求已经说出来，避免签下对方事后后悔、执行中反复的协议。',
      en: 'They agree readily. Make sure their real needs have been voiced, or the deal may be regretted and reopened during delivery.',
    },
    妥协型: {
      zh: '对方想尽快折中。说明多花一点时间能把“蛋糕”做大，并用具体的可交换条件来示范。',
      en: 'They want a quick middle ground. Show that a little more time makes the pie bigger, using concrete tradeables.',
    },
    规避型: {
      zh: '对方不愿深谈。从低风险的小议题开始建立信任，给对方书面材料和考虑时间。',
      en: 'They avoid deep discussion. Build trust on small, low-risk issues first and give them written material and time.',
    },
    合作型: {
      zh: '最理想的组合。一起梳理利益和可交换条件，同时守住底线，避免在“共赢”的名义下让过头。',
      en: 'The best pairing. Map interests and tradeables together, but keep your walk-away: do not over-give in the name of win-win.',
    },
    竞争型: {
      zh: '对方会把开放当成软弱。先保护好底线和关键信息，只在对方有回报时逐步共享。',
      en: 'They read openness as weakness. Protect your walk-away and key information; share step by step, only when they give something back.',
    },
  },
  竞争型: {
    迁就型: {
      zh: '你能赢下价格，但可能伤害长期关系和项目执行。给对方留一点面子和实惠。',
      en: 'You will win on price but may hurt the relationship and delivery. Leave them some face and a real benefit.',
    },
    妥协型: {
      zh: '对方期待各让一步，你的强硬可能让对方觉得不公平。适当给出对等的小让步来推动成交。',
      en: 'They expect give and take; your firmness may feel unfair to them. Offer a small matching concession to move to a close.',
    },
    规避型: {
      zh: '施压会让对方退缩甚至中止接触。降低压迫感，给对方时间和书面方案。',
      en: 'Pressure makes them retreat or break off contact. Lower the pressure; give them time and a written proposal.',
    },
    合作型: {
      zh: '对方在寻找共同方案。如果只谈价格会错失更大的价值，试着一起探讨可交换条件。',
      en: 'They are looking for a joint solution. Talking only price misses bigger value; explore tradeables together.',
    },
    竞争型: {
      zh: '容易陷入僵局。提前确定底线和退路（BATNA），用客观标准（市场价、成本构成）打破僵持，避免意气之争。',
      en: 'Deadlock is likely. Fix your walk-away and BATNA beforehand and use objective standards (market prices, cost breakdowns) to break the stalemate, not pride.',
    },
  },
}

export function pairingAdvice(ourStyle: NegotiationStyle, theirStyle: NegotiationStyle): Advice {
  const ours = NegotiationStyleSchema.safeParse(ourStyle)
  const theirs = NegotiationStyleSchema.safeParse(theirStyle)
  if (!ours.success || !theirs.success) {
    const bad = !ours.success ? ourStyle : theirStyle
    throw new AppError('VALIDATION', {
      zh: `未知的谈判风格「${bad}」，可选：${NegotiationStyleSchema.options.join('、')}`,
      en: `unknown negotiation style "${bad}"; choose one of ${NegotiationStyleSchema.options.join(', ')}`,
    })
  }
  return ADVICE[ours.data][theirs.data]
}
