import type { Finding } from '@shared/domain/checks/types'
import type { Bid } from '@shared/schemas'
import type { RenderBlock, RenderCell } from './blocks'
import { formatDateTimeZh } from './format'
import { pageRangeText, type PartPageRanges } from './part-pages'
import type { PrintModel, PrintPart } from './print-model'

/**
 * The 封装 checklist (issue #12.3): what to do on the printed 投标文件 before it is delivered, per copy: every form that
 * needs the bidder's seal or a signature, the per-page marks and envelopes the tender asks for, and the open 封装
 * findings of the checks. Built from the print model (the parts' seal and signature points) and the same findings
 * as `check --phase 封装`, so the list and the checks agree.
 */
export interface SealChecklist {
  title: string
  tenderNo: string
  bidder: string
  deadline: string
  copies: { label: string; count: number }[]
  /** Every part with a 盖章 or 签字 point, in print order; `pages`: where it is printed, when the PDF pass said. */
  points: { part: string; partId: string; seals: string[]; signatures: string[]; pages: string | null }[]
  /** Whether the page ranges come from the PDF of this print (else the checklist says where to read them). */
  pagesFromPdf: boolean
  /** Pages of that PDF (printed on the checklist so the packer can tell it is the same print). */
  pdfPageCount: number | null
  /** Marks on every page or across pages (逐页小签, 骑缝章) the tender asks for, with the clause that asks. */
  pageMarks: { mark: string; clause: string }[]
  envelopes: { label: string; contents: string; marks: string[] }[]
  /** Open 封装-phase findings (rule, message), for the person packing the bid. */
  open: { ruleId: string; message: string }[]
}

const PAGE_MARKS: { mark: string; re: RegExp }[] = [
  {
    mark: '逐页小签（每页由签字人签字或盖章）',
    re: /逐页(?:小签|签字|签署|盖章|加盖)|每页(?:均须|须|应)?(?:小签|签字|盖章)/,
  },
  { mark: '加盖骑缝章', re: /骑缝/ },
]

/** The tender's own words on how the bid is packed, from its requirements. */
function tenderTexts(bid: Bid): string[] {
  return bid.requirements.map((r) => r.text).filter((t) => /密封|封套|封装|骑缝|逐页|每页|单独/.test(t))
}

/**
 * `pdf`: the page range each part is printed on (part id → first and last page, partPageRanges) and the page count of
 * the PDF of the same print; without it the checklist lists forms and says the page numbers are the PDF's 目录.
 */
export function sealChecklist(
  model: PrintModel,
  bid: Bid,
  findings: readonly Finding[],
  pdf?: { ranges: Readonly<PartPageRanges>; pageCount: number },
): SealChecklist {
  const texts = tenderTexts(bid)
  const c = bid.copies
  const copies = [
    { label: '正本', count: Math.max(c.originalRequired, 1) },
    { label: '副本', count: c.copiesRequired },
    ...(c.electronicRequired ? [{ label: '电子版（U盘/光盘）', count: 1 }] : []),
  ].filter((x) => x.count > 0)
  const points = model.parts
    .filter((p) => p.seals.length + p.signatures.length > 0 || needs(p, bid))
    .map((p) => {
      const s = p.sectionId ? bid.sections.find((x) => x.id === p.sectionId) : undefined
      const r = pdf?.ranges[p.id]
      return {
        part: p.title,
        partId: p.id,
        pages: r ? pageRangeText(r) : null,
        seals: p.seals.length ? p.seals : s?.needsSeal ? ['投标人（盖章）'] : [],
        signatures: p.signatures.length ? p.signatures : s?.needsSignature ? ['签字'] : [],
      }
    })
  const pageMarks = PAGE_MARKS.flatMap(({ mark, re }) => {
    const t = texts.find((x) => re.test(x))
    return t ? [{ mark, clause: t }] : []
  })
  const when = model.deadline ? `${formatDateTimeZh(model.deadline)}前不得开启` : '开标前不得开启'
  const head = `${model.title}（招标编号：${bid.tenderNo || '—'}）`
  const separate = texts.some((t) =>
    /开标一览表[^。；]*单独(?:密封|封装|装订|提交)|单独(?:密封|封装)[^。；]*开标一览表/.test(t),
  )
  const envelopes = [
    ...copies.map((cp) => ({
      label: cp.label,
      contents: `投标文件${cp.label}${cp.count > 1 ? ` ${cp.count} 份` : ''}`,
      marks: [
        head,
        `投标人：${model.values['投标人名称'] ?? ''}`,
        `“${cp.label}”字样`,
        when,
        '封口处加盖投标人公章（密封）',
      ],
    })),
    ...(separate
      ? [
          {
            label: '开标一览表（单独密封）',
            contents: '开标一览表原件 1 份（按招标文件要求单独密封）',
            marks: [
              head,
              `投标人：${model.values['投标人名称'] ?? ''}`,
              '“开标一览表”字样',
              when,
              '封口处加盖投标人公章（密封）',
            ],
          },
        ]
      : []),
  ]
  return {
    title: model.title,
    tenderNo: bid.tenderNo,
    bidder: model.values['投标人名称'] ?? '',
    deadline: model.deadline ? formatDateTimeZh(model.deadline) : '',
    copies,
    points,
    pagesFromPdf: !!pdf,
    pdfPageCount: pdf?.pageCount ?? null,
    pageMarks,
    envelopes,
    open: findings
      .filter((f) => f.phase === '封装' && !f.acknowledged)
      .map((f) => ({ ruleId: f.ruleId, message: f.message.zh })),
  }
}

function needs(p: PrintPart, bid: Bid): boolean {
  const s = p.sectionId ? bid.sections.find((x) => x.id === p.sectionId) : undefined
  return !!s && (s.needsSeal || s.needsSignature)
}

/** 法定代表人（签字）：________ → 法定代表人（签字）: the line to sign on is on the form, not on the checklist. */
const blankless = (t: string) => t.replace(/[：:]?\s*_{2,}\s*/g, '').trim()

const cell = (text: string, bold = false): RenderCell => ({ text, span: 1, bold })
const table = (header: string[], rows: string[][], widths: number[]): RenderBlock => ({
  type: 'table',
  widths,
  aligns: widths.map(() => undefined),
  header: header.map((h) => cell(h, true)),
  rows: rows.map((r) => r.map((t) => cell(t))),
  footer: [],
  sizePt: 10.5,
  role: 'static',
})
const para = (text: string): RenderBlock => ({ type: 'paragraph', text, style: {}, origin: 'generated' })
const heading = (text: string, level: 1 | 2, pageBreakBefore = false): RenderBlock => ({
  type: 'heading',
  level,
  text,
  pageBreakBefore,
  origin: 'generated',
})

/**
 * The checklist as printable blocks: one checklist per copy (正本, each 副本), so each packer ticks their own. The
 * blocks go through the same Word writer as the 投标文件.
 */
export function sealChecklistBlocks(list: SealChecklist): RenderBlock[] {
  const out: RenderBlock[] = []
  const each = list.copies.flatMap((cp) =>
    cp.label.startsWith('电子版')
      ? []
      : Array.from({ length: cp.count }, (_, i) =>
          cp.count > 1 ? `${cp.label} ${i + 1}/${cp.count}` : cp.label,
        ),
  )
  each.forEach((copy, i) => {
    out.push(heading(`封装检查清单（${copy}）`, 1, i > 0))
    out.push(para(`项目：${list.title}　招标编号：${list.tenderNo || '—'}　投标人：${list.bidder}`))
    if (list.deadline) out.push(para(`递交截止时间：${list.deadline}`))
    out.push(para(`份数：${list.copies.map((c) => `${c.label} ${c.count} 份`).join('，')}`))
    out.push(heading('一、盖章与签字', 2))
    out.push(
      table(
        ['序号', '表单/章节', '页码', '盖章', '签字', '完成'],
        list.points.map((p, n) => [
          String(n + 1),
          p.part,
          p.pages ?? '见PDF目录',
          p.seals.map(blankless).join('\n'),
          p.signatures.map(blankless).join('\n'),
          '☐',
        ]),
        [0.6, 2.2, 1.2, 2.3, 2.3, 0.8],
      ),
    )
    // The page numbers exist only once the document is laid out: say where they come from.
    out.push(
      para(
        list.pagesFromPdf
          ? `注：页码为本投标文件（${list.title}，正本）导出 PDF 的页码，共 ${list.pdfPageCount ?? '—'} 页；打印件页数不同时请先重新导出。`
          : '注：本清单按表单列出，页码以导出的 PDF（bidbench export pdf）目录所列页码为准；签章位置在各表单末页。',
      ),
    )
    out.push(heading('二、逐页与骑缝', 2))
    if (list.pageMarks.length)
      out.push(
        table(
          ['要求', '招标文件原文', '完成'],
          list.pageMarks.map((m) => [m.mark, m.clause, '☐']),
          [2, 5, 1],
        ),
      )
    else out.push(para('招标文件未要求逐页小签或骑缝章。'))
    out.push(heading('三、密封与封套标注', 2))
    out.push(
      table(
        ['封套', '装入', '封套标注', '完成'],
        list.envelopes.map((e) => [e.label, e.contents, e.marks.join('\n'), '☐']),
        [1.4, 2.2, 4.2, 1],
      ),
    )
    if (list.open.length) {
      out.push(heading('四、检查发现的封装事项', 2))
      out.push(
        table(
          ['规则', '事项', '完成'],
          list.open.map((f) => [f.ruleId, f.message, '☐']),
          [0.8, 6.2, 1],
        ),
      )
    }
    out.push(para('核对人（签字）：　　　　　　　　　日期：'))
  })
  return out
}
