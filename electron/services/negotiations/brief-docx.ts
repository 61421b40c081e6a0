/**
 * The Word negotiation brief (docx 9): a handout for the negotiating team with goals and walk-away,
 * styles, phase strategies, the concession schedule and curve, phrase-book highlights and risks.
 * Typography is the house style of the competitor report (宋体 小四, 1.5 lines, A4, header, page numbers).
 */
import { Document, Footer, Header, ImageRun, Packer, PageBreak, Paragraph, type FileChild } from 'docx'
import type { Negotiation } from '@shared/schemas'
import { xmlSafe } from '@shared/xml-text'
import { finalizeOfficePackage } from '../export/ooxml-package'
import { renderChartPng } from '../competitors/chart'
import { A4, STYLES, SIZE, h1, h2, header, p, pageNumberFooter, table } from '../competitors/docx-style'
import { buildBriefModel, type BriefContext, type BriefModel } from './brief-model'
import { CURVE_SIZE, curveOption } from './curve-chart'

export const NONE = '（未填写）'

/** Money as 3,756,000 (grouped, up to two decimals); '—' when not set. */
export function fmtMoney(v: number | null | undefined): string {
  if (v == null) return '—'
  return v.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

const or = (s: string) => (s.trim() ? s : NONE)

function cover(m: BriefModel): FileChild[] {
  const lines: [string, string][] = [
    ['谈判对象', m.counterpart.org],
    ['编制单位', m.company],
    ['编制日期', m.date],
  ]
  return [
    ...Array.from({ length: 6 }, () => p('')),
    p(m.title, { bold: true, center: true, size: SIZE.erhao }),
    p('谈判简报', { bold: true, center: true, size: SIZE.erhao }),
    p(''),
    ...lines.filter(([, v]) => v.trim()).map(([k, v]) => p(`${k}：${v}`, { center: true, size: SIZE.sihao })),
    p(''),
    p('内部资料 注意保密', { center: true }),
    new Paragraph({ children: [new PageBreak()] }),
  ]
}

function basics(m: BriefModel): FileChild[] {
  return [
    h1('一、谈判概况'),
    table(
      ['项目', '内容'],
      [
        ['对方单位', or(m.counterpart.org)],
        ['对方人员', m.counterpart.people.length ? m.counterpart.people.join('、') : NONE],
        ['谈判类型', `${m.kind}谈判（${m.stance}）`],
        ['准备因素', m.preparationFactors.length ? m.preparationFactors.join('\n') : NONE],
      ],
      [1, 4],
    ),
  ]
}

function goals(m: BriefModel): FileChild[] {
  const g = m.goals
  const out: FileChild[] = [
    h1('二、目标与底线'),
    table(
      ['开价', '理想目标', '现实目标', '底线'],
      [[fmtMoney(g.openingPrice), fmtMoney(g.ideal), fmtMoney(g.target), fmtMoney(g.walkAway)]],
    ),
    p(`退路（BATNA）：${or(g.batna)}`),
  ]
  if (g.walkAway != null) out.push(p(`底线 ${fmtMoney(g.walkAway)} 元：任何一轮报价都不得低于此价。`))
  if (m.tradeables.length) {
    out.push(
      h2('可交换条件'),
      table(
        ['条件', '我方成本', '对方价值', '说明'],
        m.tradeables.map((t) => [t.name, fmtMoney(t.ourCost), fmtMoney(t.theirValue), t.note]),
        [3, 1.3, 1.3, 3],
      ),
    )
  }
  return out
}

function styles(m: BriefModel): FileChild[] {
  const s = m.styles
  const out: FileChild[] = [
    h1('三、谈判风格'),
    p(`我方风格：${s.ours ?? NONE}；对方风格：${s.theirs ?? NONE}。`),
  ]
  if (s.advice) out.push(p(`搭配建议：${s.advice.zh}`, { indent: true }))
  else out.push(p('双方风格都填写后，这里给出搭配建议。', { indent: true }))
  if (s.tested.length) {
    out.push(
      h2('风格测试结果'),
      table(
        ['人员', '测试日期', '主导风格'],
        s.tested.map((t) => [t.person, t.takenAt, t.dominant.join('、')]),
        [2, 1.5, 3],
      ),
    )
  }
  return out
}

function phases(m: BriefModel): FileChild[] {
  return [
    h1('四、分阶段策略'),
    table(
      ['阶段', '策略', '技巧'],
      m.phases.map((ph) => [ph.name, or(ph.strategy), or(ph.technique)]),
      [1, 4, 3],
    ),
  ]
}

function concession(m: BriefModel, curve: Buffer | null): FileChild[] {
  const c = m.concession
  const out: FileChild[] = [
    h1('五、让步计划'),
    p(`让步模式：${c.pattern}；让步总额 ${fmtMoney(c.total)} 元，分 ${c.rounds} 轮。`),
  ]
  if (c.signal) out.push(p(`传递的信号：${c.signal}`, { indent: true }))
  if (c.pros) out.push(p(`优点：${c.pros}`, { indent: true }))
  if (c.cons) out.push(p(`缺点：${c.cons}`, { indent: true }))
  if (c.problem) {
    out.push(p(`未能生成让步时间表：${c.problem}`))
    return out
  }
  out.push(
    h2('让步时间表'),
    table(
      ['轮次', '本轮让步', '累计让步', '让步后报价'],
      c.rows.map((r) => [
        `第 ${r.round} 轮`,
        fmtMoney(r.concession),
        fmtMoney(r.cumulative),
        fmtMoney(r.price),
      ]),
    ),
  )
  if (curve) {
    out.push(
      h2('让步曲线'),
      new Paragraph({
        alignment: 'center',
        children: [new ImageRun({ type: 'png', data: curve, transformation: { ...CURVE_SIZE } })],
      }),
    )
  }
  if (m.warnings.length) {
    out.push(h2('方案检查提示'))
    for (const w of m.warnings) out.push(p(`• ${w.zh}`))
  }
  return out
}

function phrases(m: BriefModel): FileChild[] {
  if (!m.phrases.length) return []
  const out: FileChild[] = [h1('六、话术要点')]
  for (const g of m.phrases) {
    out.push(h2(g.category))
    for (const it of g.items) out.push(p(`• ${it.text}${it.note ? `（${it.note}）` : ''}`))
  }
  return out
}

function risks(m: BriefModel): FileChild[] {
  const n = m.phrases.length ? '七' : '六'
  const out: FileChild[] = [h1(`${n}、风险提示`)]
  const lines = [...m.risks, ...m.warnings.map((w) => `让步方案：${w.zh}`)]
  if (!lines.length) out.push(p('暂无登记的风险。'))
  for (const r of lines) out.push(p(`• ${r}`))
  const r = m.rehearsals
  if (r.count) {
    out.push(
      p(
        `已演练 ${r.count} 次：成交 ${r.deals} 次，对方离场 ${r.walked} 次` +
          (r.lastFinalPrice != null ? `；最近一次成交价 ${fmtMoney(r.lastFinalPrice)} 元。` : '。'),
      ),
    )
  }
  return out
}

/** The curve as PNG, or null when there is nothing to draw (no schedule). */
export function curvePng(m: BriefModel): Buffer | null {
  if (m.concession.problem || !m.concession.rows.length) return null
  const option = curveOption(m.concession.rows, {
    openingPrice: m.goals.openingPrice,
    walkAway: m.goals.walkAway,
    target: m.goals.target,
    pattern: m.concession.pattern,
  })
  return renderChartPng(option, CURVE_SIZE, { scale: 2 })
}

export async function buildBriefDocx(plan: Negotiation, ctx: BriefContext): Promise<Buffer> {
  const m = xmlSafe(buildBriefModel(plan, ctx))
  const doc = new Document({
    creator: m.company || 'BidBench',
    title: `${m.title} 谈判简报`,
    styles: STYLES,
    sections: [
      {
        properties: { page: A4, titlePage: true },
        headers: { first: new Header({ children: [] }), default: header(m.headerText) },
        footers: { first: new Footer({ children: [] }), default: pageNumberFooter() },
        children: [
          ...cover(m),
          ...basics(m),
          ...goals(m),
          ...styles(m),
          ...phases(m),
          ...concession(m, curvePng(m)),
          ...phrases(m),
          ...risks(m),
        ],
      },
    ],
  })
  return finalizeOfficePackage(await Packer.toBuffer(doc), '谈判简报 / negotiation brief (.docx)')
}

/** File name for the brief: the plan title with characters Windows forbids replaced. */
export function briefFileName(plan: Pick<Negotiation, 'title'>): string {
  const base = plan.title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 80) || 'negotiation'
  return `${base}-谈判简报.docx`
}
