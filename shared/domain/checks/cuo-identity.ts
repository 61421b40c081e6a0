import { nameTypos } from './cuo-name-typos'
import { validateUscc } from '../uscc'
import { basisOf } from './basis'
import { readings, type Reading } from './bid-texts'
import type { RuleContext } from './context'
import { at, bidTextFields } from './fields'
import { validIdNumber } from './read/people'
import { extract, isPlaceholder, normaliseName, titleNames } from './text'

/**
 * E06 (who bids: company names in every role, credit codes) and E09 (who signs: legal representative,
 * agent and signer names and ID numbers across every form), read from the forms as written.
 */

/** The companies that bid: ours, or every member of the consortium. */
export function parties(ctx: RuleContext) {
  const { bid, company } = ctx
  const c = bid.consortium
  const members = c.isConsortium
    ? c.members.map((m) => ({
        name: m.isUs ? company.name : m.name,
        code: (m.isUs ? company.creditCode : m.creditCode).trim().toUpperCase(),
        legalRep: (m.isUs ? company.legalRep : m.legalRep).trim(),
        lead: m.role === '牵头人',
        isUs: m.isUs,
      }))
    : []
  const lead = members.find((m) => m.lead) ?? null
  return {
    ourName: normaliseName(company.name),
    members,
    lead,
    names: new Set(
      [normaliseName(company.name), ...members.map((m) => normaliseName(m.name))].filter(Boolean),
    ),
    codes: new Set([company.creditCode.trim().toUpperCase(), ...members.map((m) => m.code)].filter(Boolean)),
  }
}

/** Forms in which a generic "单位名称：" names the bidder itself. */
const OWN_FORMS = [
  '投标函',
  '法定代表人',
  '授权委托书',
  '授权书',
  '开标一览表',
  '声明函',
  '承诺函',
  '报价表',
  '响应函',
]

function e06Codes(ctx: RuleContext, p: ReturnType<typeof parties>): void {
  const ourCode = ctx.company.creditCode.trim().toUpperCase()
  const invalid = (code: string, path: string, doc: 'workspace' | 'bid', itemId?: string) => {
    const v = validateUscc(code)
    if (v.ok) return false
    ctx.add({
      ruleId: 'E06',
      // A typo in the code is no art. 63 ground by itself: the licence in the bid shows the real one.
      severity: '失分风险',
      doc,
      docId: doc === 'workspace' ? 'workspace' : ctx.bid.id,
      path,
      ...(itemId ? { itemId } : {}),
      discriminator: `code:${code}`,
      message: {
        zh: `统一社会信用代码 ${code} 无效：${v.zh}`,
        en: `Unified social credit code ${code} is invalid: ${v.en}`,
      },
      fix: { zh: '按营业执照核对代码', en: 'Copy the code from the business licence again' },
      basis: 'GB 32100-2015',
    })
    return true
  }
  if (ourCode) invalid(ourCode, 'company.creditCode', 'workspace')
  ctx.bid.consortium.members.forEach((m, i) => {
    if (!m.isUs && m.creditCode.trim())
      invalid(m.creditCode.trim().toUpperCase(), `consortium.members.${i}.creditCode`, 'bid', m.id)
  })
  for (const f of bidTextFields(ctx))
    for (const c of extract.creditCode(f.text)) {
      if (invalid(c.value, f.path, 'bid', f.itemId) || p.codes.has(c.value) || !ourCode) continue
      ctx.add({
        ruleId: 'E06',
        severity: '否决风险',
        ...at(f),
        discriminator: `code:${c.value}`,
        message: {
          zh: `统一社会信用代码 ${c.value} 与本公司（${ourCode}）不一致，也不是联合体成员的`,
          en: `Credit code ${c.value} is neither ours (${ourCode}) nor a consortium member's`,
        },
        fix: { zh: '使用投标人自己的统一社会信用代码', en: "Use the bidder's own code" },
        basis: basisOf(ctx, 'veto'),
      })
    }
}

function e06Names(ctx: RuleContext, p: ReturnType<typeof parties>, texts: Reading[]): void {
  if (!p.ourName) return
  const { company } = ctx
  const manufacturers = new Set(
    ctx.bid.quote.items.map((i) => normaliseName(i.manufacturer)).filter((n) => n.length > 0),
  )
  for (const { f, r, title } of texts) {
    const ownForm = OWN_FORMS.some((w) => titleNames(title, w))
    for (const o of r.orgs) {
      const name = normaliseName(o.name)
      if (isPlaceholder(ctx, o.name) || (o.weak && !ownForm)) continue
      let expected: string | null = null
      let role = { zh: '投标人名称', en: 'bidder name' }
      if (o.role === 'bidder') {
        if (p.names.has(name) || (p.members.length > 0 && name.includes('联合体'))) continue
        expected = p.members.length ? p.members.map((m) => m.name).join('、') : company.name
      } else if (o.role === 'lead') {
        const lead = p.lead?.name ?? company.name
        if (name === normaliseName(lead)) continue
        expected = lead
        role = { zh: '联合体牵头人', en: 'consortium lead' }
      } else if (o.role === 'member') {
        if (p.names.has(name)) continue
        expected = p.members.length ? p.members.map((m) => m.name).join('、') : company.name
        role = { zh: '联合体成员', en: 'consortium member' }
      } else {
        if (manufacturers.size === 0 || manufacturers.has(name) || name === p.ourName) continue
        ctx.add({
          ruleId: 'E06',
          severity: '失分风险',
          ...at(f),
          discriminator: `maker:${name}`,
          message: {
            zh: `制造商写为“${o.name}”，报价明细中的制造商为${[...manufacturers].map((m) => `“${m}”`).join('、')}`,
            en: `The manufacturer reads "${o.name}"; the quote lines name ${[...manufacturers].join(', ')}`,
          },
          fix: {
            zh: '统一制造商名称（与制造商授权书一致）',
            en: 'Use one manufacturer name, as in its authorisation',
          },
          basis: basisOf(ctx, 'form'),
        })
        continue
      }
      ctx.add({
        ruleId: 'E06',
        severity: '否决风险',
        ...at(f),
        discriminator: `${o.role}:${name}`,
        message: {
          zh: `${role.zh}写为“${o.name}”，应为“${expected}”`,
          en: `The ${role.en} reads "${o.name}" but should be "${expected}"`,
        },
        fix: {
          zh: '使用与营业执照一致的公司全称',
          en: 'Use the full name exactly as on the business licence',
        },
        basis: basisOf(ctx, 'veto'),
      })
    }
  }
}

export function runIdentity(ctx: RuleContext): void {
  const p = parties(ctx)
  const texts = readings(ctx)
  e06Codes(ctx, p)
  e06Names(ctx, p, texts)
  nameTypos(ctx, [...p.names])
  runSigners(ctx, p, texts)
}

/** E09: the people who sign, as every form names them. */
function runSigners(ctx: RuleContext, p: ReturnType<typeof parties>, texts: Reading[]): void {
  const { bid, company } = ctx
  const basis = basisOf(ctx, 'veto')
  const report = (
    r: Reading,
    discriminator: string,
    zh: string,
    en: string,
    severity: '否决风险' | '失分风险' = '否决风险',
  ) =>
    ctx.add({
      ruleId: 'E09',
      severity,
      ...at(r.f),
      discriminator,
      message: { zh, en },
      fix: {
        zh: '各表格中的法定代表人、授权代表姓名及身份证号应与授权委托书、公司资料一致',
        en: 'Name the legal representative and the agent (and their ID numbers) as the power of attorney and the profile do',
      },
      ...(severity === '否决风险' ? { basis } : {}),
    })
  const inPoa = (r: Reading) => titleNames(r.title, '授权委托书') || titleNames(r.title, '授权书')
  const all = texts.flatMap((r) => r.r.people.map((m) => ({ r, m })))
  // The legal representative: the profile's, else the one the 身份证明 or the 授权委托书 names.
  const firstLegal = all.find((x) => x.m.role === 'legalRep' && titleNames(x.r.title, '法定代表人'))
  const legalRef = company.legalRep.trim() || (firstLegal ?? all.find((x) => x.m.role === 'legalRep'))?.m.name
  const agentsKnown = company.agents.map((a) => a.name.trim()).filter(Boolean)
  const poa = all.find((x) => x.m.role === 'agent' && inPoa(x.r))
  const signatoryAgent = bid.signatory.role === '授权代表' ? bid.signatory.agentName.trim() : ''
  // The agent every form must name: the one the bid says signs, else the one the 授权委托书 authorises
  // (who must be one of the profile's agents), else any of the profile's agents.
  const agentRef = signatoryAgent || poa?.m.name || null
  if (!signatoryAgent && poa && agentsKnown.length && !agentsKnown.includes(poa.m.name))
    report(
      poa.r,
      `agent:${poa.m.name}`,
      `授权委托书授权的是“${poa.m.name}”，公司资料中的授权代表为“${agentsKnown.join('、')}”`,
      `The power of attorney authorises "${poa.m.name}"; the profile's agents are ${agentsKnown.join(', ')}`,
    )
  for (const { r, m } of all) {
    if (m.role === 'legalRep') {
      const member = m.company
        ? p.members.find((x) => !x.isUs && normaliseName(x.name) === normaliseName(m.company!))
        : undefined
      const ref = member ? member.legalRep : legalRef
      if (ref && m.name !== ref)
        report(
          r,
          `legal:${m.name}`,
          `法定代表人写为“${m.name}”，应为“${ref}”${member ? `（${member.name}）` : ''}`,
          `The legal representative reads "${m.name}" but is "${ref}"${member ? ` (${member.name})` : ''}`,
        )
      continue
    }
    if (m.role === 'agent') {
      const ok = agentRef ? m.name === agentRef : agentsKnown.length === 0 || agentsKnown.includes(m.name)
      if (!ok)
        report(
          r,
          `agent:${m.name}`,
          `授权代表写为“${m.name}”，${agentRef ? `授权委托书授权的是“${agentRef}”` : `公司资料中的授权代表为“${agentsKnown.join('、')}”`}`,
          `The agent reads "${m.name}" but ${agentRef ? `the power of attorney authorises "${agentRef}"` : `the profile's agents are ${agentsKnown.join(', ')}`}`,
        )
      continue
    }
    if (m.role === 'signer') {
      const allowed = [legalRef, agentRef ?? (agentsKnown.length === 1 ? agentsKnown[0] : null)].filter(
        Boolean,
      )
      if (allowed.length && !allowed.includes(m.name) && !(agentRef === null && agentsKnown.includes(m.name)))
        report(
          r,
          `signer:${m.name}`,
          `签字人写为“${m.name}”，既不是法定代表人也不是被授权的代理人`,
          `The signer reads "${m.name}", neither the legal representative nor the authorised agent`,
        )
    }
  }
  idNumbers(ctx, all, report)
}

function idNumbers(
  ctx: RuleContext,
  all: { r: Reading; m: Reading['r']['people'][number] }[],
  report: (r: Reading, d: string, zh: string, en: string, s?: '否决风险' | '失分风险') => void,
): void {
  const profileId = new Map(
    ctx.company.agents
      .filter((a) => a.name.trim() && a.idNumber.trim())
      .map((a) => [a.name.trim(), a.idNumber.trim().toUpperCase()]),
  )
  const legalId = ctx.company.legalRepIdNumber.trim().toUpperCase()
  if (legalId && ctx.company.legalRep.trim()) profileId.set(ctx.company.legalRep.trim(), legalId)
  for (const { r, m } of all) {
    if (!m.idNumber) continue
    if (!validIdNumber(m.idNumber)) {
      report(
        r,
        `id:${m.idNumber}`,
        `${m.name}的身份证号码 ${m.idNumber} 校验位不正确`,
        `${m.name}'s ID number ${m.idNumber} fails its check digit`,
        '失分风险',
      )
      continue
    }
    const known = profileId.get(m.name)
    if (known && known !== m.idNumber)
      report(
        r,
        `id:${m.idNumber}`,
        `${m.name}的身份证号码写为 ${m.idNumber}，公司资料为 ${known}`,
        `${m.name}'s ID number reads ${m.idNumber}; the profile has ${known}`,
      )
  }
}
