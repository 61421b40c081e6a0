import { basisOf } from './basis'
import { readings } from './bid-texts'
import type { RuleContext } from './context'
import { titleNames } from './text'

const POA_FORMS = ['授权委托书', '授权书', '法人授权', '法定代表人授权']

/**
 * L04, the signatory: whoever signs instead of the legal representative needs a 授权委托书 in the bid,
 * whatever the tender's list of forms says (87号令 art. 63 / 实施条例 art. 51: not signed by the legal
 * representative or an authorised agent). An agent signs when the bid says so, or when a form names one.
 */
export function runSignatory(ctx: RuleContext): void {
  const { bid, company } = ctx
  unknownAgent(ctx)
  const hasPoa =
    bid.sections.some((s) => POA_FORMS.some((f) => titleNames(s.title, f))) ||
    [...ctx.linked.values()].some((l) => POA_FORMS.some((f) => l.material.title.includes(f)))
  if (hasPoa) return
  const legal = company.legalRep.trim()
  let who: string | null = null
  let where = 'signatory.role'
  if (bid.signatory.role === '授权代表') who = bid.signatory.agentName.trim() || '授权代表'
  else
    for (const { f, r } of readings(ctx)) {
      const m = r.people.find((p) => (p.role === 'agent' || p.role === 'signer') && p.name !== legal)
      if (m) {
        who = m.name
        where = f.path
        break
      }
    }
  if (!who) return
  ctx.add({
    ruleId: 'L04',
    severity: '否决风险',
    path: where,
    discriminator: 'power-of-attorney',
    message: {
      zh: `投标文件由${who === '授权代表' ? '授权代表' : `“${who}”`}签署而非法定代表人${legal ? `（${legal}）` : ''}，但没有授权委托书`,
      en: `The bid is signed by ${who === '授权代表' ? 'an agent' : `"${who}"`}, not the legal representative${legal ? ` (${legal})` : ''}, and has no power of attorney`,
    },
    fix: {
      zh: '添加法定代表人授权委托书（附被授权人身份证），即使招标文件的格式目录未列出',
      en: "Add the power of attorney with the agent's ID, even if the tender's list of forms omits it",
    },
    basis: basisOf(ctx, 'veto'),
  })
}

/**
 * The agent the bid names must be one the company profile knows: the forms print the profile's agent and
 * their ID card (signatoryAgentIndex falls back to the first), so an unknown name would sign a 授权委托书 made
 * out to someone else.
 */
function unknownAgent(ctx: RuleContext): void {
  const { bid, company } = ctx
  const name = bid.signatory.agentName.trim()
  const known = company.agents.map((a) => a.name.trim()).filter(Boolean)
  if (bid.signatory.role !== '授权代表' || !name || known.length === 0 || known.includes(name)) return
  ctx.add({
    ruleId: 'L04',
    severity: '否决风险',
    path: 'signatory.agentName',
    discriminator: `unknown-agent:${name}`,
    message: {
      zh: `签署人为授权代表“${name}”，但公司资料的授权代表只有“${known.join('、')}”：授权委托书和各表将写“${known[0]}”`,
      en: `The bid is to be signed by the agent "${name}", but the company profile's agents are ${known.join(', ')}: the power of attorney and the forms would name "${known[0]}"`,
    },
    fix: {
      zh: `在公司资料中添加授权代表“${name}”（含身份证复印件），或改选已有的授权代表`,
      en: `Add "${name}" to the company profile's agents (with the ID card), or choose a listed agent`,
    },
    basis: basisOf(ctx, 'veto'),
  })
}
