import {
  Document,
  Footer,
  Header,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  type FileChild,
} from 'docx'
import { BENCHMARK_DIMENSIONS } from '@shared/schemas'
import {
  SWOT_HEADINGS,
  type CompetitorReportModel,
  type Swot,
  type SwotItem,
} from '@shared/domain/competitors'
import { xmlSafe } from '@shared/xml-text'
import { finalizeOfficePackage } from '../export/ooxml-package'
import { A4, STYLES, SIZE, h1, h2, header, p, pageNumberFooter, quadTable, table } from './docx-style'

/** Placeholder for a score nobody has given: never printed as 0. */
export const MISSING = '—'

export const fmtScore = (v: number | null) => (v === null ? MISSING : String(v))
export const fmtGap = (v: number | null) => (v === null ? MISSING : v > 0 ? `+${v}` : String(v))
export const fmtShare = (v: number | null) => (v === null ? MISSING : `${v}%`)

export interface DocxChart {
  png: Buffer
  /** Display size in pixels at 96 dpi. */
  width: number
  height: number
}

function cover(m: CompetitorReportModel): FileChild[] {
  const lines: [string, string][] = [
    ['项目名称', m.bid.title],
    ['招标编号', m.bid.tenderNo],
    ['采购人', m.bid.buyer],
    ['编制单位', m.company],
    ['编制日期', m.date],
  ]
  return [
    ...Array.from({ length: 6 }, () => p('')),
    p('竞争对手分析报告', { bold: true, center: true, size: SIZE.erhao }),
    p(''),
    ...lines.filter(([, v]) => v.trim()).map(([k, v]) => p(`${k}：${v}`, { center: true, size: SIZE.sihao })),
    p(''),
    p('内部资料 注意保密', { center: true }),
    new Paragraph({ children: [new PageBreak()] }),
  ]
}

function summary(m: CompetitorReportModel): FileChild[] {
  const out: FileChild[] = [
    h1('一、竞争对手概要'),
    p(
      `本项目共识别竞争对手 ${m.competitors.length} 家。平均差距为对方得分减我方得分的平均值（仅计双方均已评分的维度），正数表示我方落后。`,
      { indent: true },
    ),
    table(
      ['序号', '竞争对手', '别名', '主要产品', '平均差距', '已评维度'],
      m.competitors.map((c, i) => [
        String(i + 1),
        c.title,
        c.aliases.join('、'),
        c.products.join('、'),
        fmtGap(c.meanGap),
        `${c.scoredDimensions} / ${BENCHMARK_DIMENSIONS.length}`,
      ]),
      [1, 4, 3, 4, 2, 2],
    ),
  ]
  if (m.missingIds.length) {
    out.push(p(`注意：本项目登记的以下竞争对手在工作区中没有档案，未纳入本报告：${m.missingIds.join('、')}`))
  }
  return out
}

function radar(m: CompetitorReportModel, chart: DocxChart | null): FileChild[] {
  const out: FileChild[] = [h1('二、八维度对标雷达图')]
  if (!chart) {
    out.push(p('尚无竞争对手，未生成雷达图。'))
    return out
  }
  out.push(
    new Paragraph({
      alignment: 'center',
      // Single auto spacing: a fixed line height would clip the picture.
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: chart.width, height: chart.height },
        }),
      ],
    }),
  )
  out.push(p('图中线段中断处表示该维度尚未评分（不按 0 分计）。', { center: true }))
  if (m.radarOmitted.length)
    out.push(p(`雷达图最多叠加 4 家，以下竞争对手未画出：${m.radarOmitted.join('、')}。`))
  const us = BENCHMARK_DIMENSIONS.map((d) => {
    const s = m.ourScores[d]
    const note = s.conflict ? `各对手表中记录不一致：${s.values.join(' / ')}，取最新` : ''
    return [d, fmtScore(s.score), note]
  })
  out.push(h2('我方自评'), table(['维度', '我方得分', '说明'], us, [3, 2, 5]))
  return out
}

function gaps(m: CompetitorReportModel): FileChild[] {
  return [
    h1('三、差距分析'),
    p(`按差距（对方 − 我方）从大到小排列，最前面是我方最落后的维度；“${MISSING}”表示未评分，排在最后。`, {
      indent: true,
    }),
    table(
      ['竞争对手', '维度', '我方', '对方', '差距', '依据', '日期'],
      m.gaps.map((r) => [
        r.competitor,
        r.dimension,
        fmtScore(r.us),
        fmtScore(r.them),
        fmtGap(r.gap),
        r.evidence,
        r.date ?? '',
      ]),
      [3.6, 3.6, 1.6, 1.6, 1.6, 3.2, 2.8],
    ),
  ]
}

const swotLines = (items: SwotItem[]) =>
  items.map((i) => (i.competitors?.length ? `${i.text}（${i.competitors.join('、')}）` : i.text))

function swotTable(s: Swot) {
  return quadTable(
    (['s', 'w', 'o', 't'] as const).map((q) => ({ heading: SWOT_HEADINGS[q].zh, lines: swotLines(s[q]) })),
  )
}

function swots(m: CompetitorReportModel): FileChild[] {
  const out: FileChild[] = [
    h1('四、SWOT 分析'),
    p('对手的优势与劣势是相对我方而言；机会与威胁指市场环境。', { indent: true }),
  ]
  m.swots.forEach((s, i) => out.push(h2(`4.${i + 1} ${s.competitor}`), swotTable(s.swot)))
  out.push(h2(`4.${m.swots.length + 1} 我方对整个竞争格局`), swotTable(m.field))
  if (m.field.unscored.length) {
    out.push(p(`以下维度我方或全部对手尚未评分，未作判断：${m.field.unscored.join('、')}。`))
  }
  return out
}

function intel(m: CompetitorReportModel): FileChild[] {
  const out: FileChild[] = [h1('五、竞争情报')]
  m.intel.forEach((x, i) => {
    const rows = x.rows.map((r) => {
      const answer = r.answer || '（未回答）'
      return [
        r.question.zh,
        r.suggestion && r.suggestion !== r.answer ? `${answer}\n资料库：${r.suggestion}` : answer,
      ]
    })
    out.push(h2(`5.${i + 1} ${x.competitor}`), table(['问题', '回答'], rows, [4, 6]))
  })
  return out
}

function share(m: CompetitorReportModel): FileChild[] {
  const out: FileChild[] = [h1('六、市场份额')]
  if (!m.share.segments.length) {
    out.push(p('尚无细分市场份额数据。'))
    return out
  }
  out.push(
    p(`“${MISSING}”表示没有数据，不是 0%。`, { indent: true }),
    table(
      ['竞争对手', ...m.share.segments],
      m.share.rows.map((r) => [r.competitor, ...r.cells.map((c) => fmtShare(c.share))]),
      [3, ...m.share.segments.map(() => 2)],
    ),
  )
  const sources = m.share.rows.flatMap((r) =>
    r.cells
      .map((c, i) => ({ c, seg: m.share.segments[i] }))
      .filter(({ c }) => c.share !== null && (c.source || c.date))
      .map(({ c, seg }) => `${r.competitor} · ${seg}：${[c.source, c.date].filter(Boolean).join('，')}`),
  )
  if (sources.length) out.push(p(`数据来源：${sources.join('；')}`))
  return out
}

function strategy(m: CompetitorReportModel): FileChild[] {
  const out: FileChild[] = [h1('七、差异化策略')]
  if (m.strategyLevers.length)
    out.push(p(`本项目选择的差异化手段：${m.strategyLevers.join('、')}。`, { indent: true }))
  if (!m.strategy.length) {
    out.push(p('尚未制定策略措施。'))
    return out
  }
  const rows = m.strategy.flatMap((g) =>
    g.actions.map((a) => [g.lever, a.action, a.owner, a.due ?? '', a.status]),
  )
  out.push(table(['手段', '措施', '负责人', '完成日期', '状态'], rows, [2, 6, 2, 2.4, 1.6]))
  return out
}

/** The Word competitor-analysis report of one bid. `chart` is the radar PNG (null when no competitors). */
export async function buildReportDocx(
  model: CompetitorReportModel,
  chart: DocxChart | null,
): Promise<Buffer> {
  // Every text that reaches the package passes the one XML-character sanitizer (shared/xml-text.ts).
  const m = xmlSafe(model)
  const doc = new Document({
    creator: m.company || 'BidBench',
    title: `${m.bid.title} 竞争对手分析报告`,
    styles: STYLES,
    sections: [
      {
        // The cover page has no header or page number.
        properties: { page: A4, titlePage: true },
        headers: {
          first: new Header({ children: [] }),
          default: header(`${m.bid.title}${m.bid.tenderNo ? `（${m.bid.tenderNo}）` : ''} 竞争对手分析报告`),
        },
        footers: { first: new Footer({ children: [] }), default: pageNumberFooter() },
        children: [
          ...cover(m),
          ...summary(m),
          ...radar(m, chart),
          ...gaps(m),
          ...swots(m),
          ...intel(m),
          ...share(m),
          ...strategy(m),
        ],
      },
    ],
  })
  return finalizeOfficePackage(await Packer.toBuffer(doc), '竞争对手分析报告 / competitor report (.docx)')
}
