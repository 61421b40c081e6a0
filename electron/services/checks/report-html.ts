import { FAMILIES, SEVERITIES, summarise, type Finding } from '@shared/domain/checks'
import type { Bid } from '@shared/schemas'
import { locationText } from './location'

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

const STYLE = `
@page { size: A4; margin: 18mm 15mm; }
body { font-family: SimSun, "宋体", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; color: #000; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 14pt 0 4pt; border-bottom: 1px solid #000; }
.meta { text-align: center; font-size: 10.5pt; margin-bottom: 10pt; }
table { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
th, td { border: 1px solid #555; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #e6e6e6; }
tr { page-break-inside: avoid; }
thead { display: table-header-group; }
.s-否决风险 { font-weight: bold; color: #b00000; }
.s-失分风险 { color: #a15c00; }
.ack { color: #555; }
.none { color: #555; }
`

/** A printable report of one bid's findings (print from the app's window or any browser). */
export function checkReportHtml(
  findings: readonly Finding[],
  bid: Bid,
  opts: { generatedAt?: Date } = {},
): string {
  const at = (opts.generatedAt ?? new Date()).toLocaleString('zh-CN', { hour12: false })
  const { counts, acknowledgedCount } = summarise([...findings])
  const summaryRows = FAMILIES.map(
    (fam) => `<tr><th>${fam}</th>${SEVERITIES.map((s) => `<td>${counts[fam][s]}</td>`).join('')}</tr>`,
  ).join('')
  const sections = FAMILIES.map((fam) => {
    const list = findings.filter((f) => f.family === fam)
    const body = list.length
      ? `<table><thead><tr><th>规则</th><th>严重程度</th><th>位置</th><th>问题</th><th>修改建议</th><th>依据</th></tr></thead><tbody>${list
          .map(
            (f) =>
              `<tr${f.acknowledged ? ' class="ack"' : ''}><td>${esc(f.ruleId)}</td><td class="s-${f.severity}">${esc(f.severity)}</td><td>${esc(
                locationText(f, bid),
              )}</td><td>${esc(f.message.zh)}${
                f.acknowledged
                  ? `<br>已确认：${esc(f.acknowledged.reason)}（${esc(f.acknowledged.by)} ${esc(f.acknowledged.at)}）`
                  : ''
              }</td><td>${esc(f.fix.zh)}</td><td>${esc(f.basis ?? '')}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '<p class="none">未发现问题。</p>'
    return `<h2>${fam}（${list.length}）</h2>${body}`
  }).join('\n')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(bid.title)} 检查报告</title><style>${STYLE}</style></head>
<body>
<h1>${esc(bid.title)} 投标文件检查报告</h1>
<div class="meta">招标编号：${esc(bid.tenderNo || '—')}　采购人：${esc(bid.buyer.name || '—')}　生成时间：${esc(at)}</div>
<table><thead><tr><th></th>${SEVERITIES.map((s) => `<th>${s}</th>`).join('')}</tr></thead><tbody>${summaryRows}</tbody></table>
<p>已确认的问题：${acknowledgedCount} 项（仍列在下方，标注“已确认”）。</p>
${sections}
</body></html>
`
}
