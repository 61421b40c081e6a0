import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { SaxesParser } from 'saxes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { radarChartFor } from '@services/competitors/export'
import { buildReportDocx } from '@services/competitors/report-docx'
import { buildReportXlsx } from '@services/competitors/report-xlsx'
import { exportFindingsXlsx } from '@services/checks'
import { exportBidDocx, exportBidXlsx, fillBuyerForm } from '@services/export'
import { writeFileAtomic } from '@services/export/atomic'
import { finalizeOfficePackage } from '@services/export/ooxml-package'
import { zipEntries } from '@services/export/zip-write'
import { buildBriefDocx } from '@services/negotiations/brief-docx'
import { writeMatrixXlsx } from '@services/matrices/export-xlsx'
import { buildReportModel } from '@shared/domain/competitors'
import { runChecks } from '@shared/domain/checks'
import { AppError } from '@shared/errors'
import { hasNonXmlChar } from '@shared/xml-text'
import { NegotiationSchema } from '@shared/schemas'
import { sampleBid, sampleCompetitors } from '../fixtures/competitors/sample'
import { makeMatrix } from '../unit/matrices/helpers'
import { buildFixture, company, tempDir } from './export-fixtures'
import { convert, pdfText } from './libreoffice'

/**
 * #18.3 / #12.7: characters XML 1.0 forbids (NUL and C0 controls, U+FFFE, U+FFFF, a lone surrogate) typed or
 * imported into any field must never produce a file LibreOffice cannot open, and a package that is not well-formed
 * is refused before a file appears.
 */
const BAD = '\u0000\u0001\uFFFE\uFFFF\uD800'
const dirty = (s: string) => `${s.slice(0, 2)}${BAD}${s.slice(2)}`

function assertPackageWellFormed(bytes: Uint8Array) {
  const files = unzipSync(bytes)
  const parts = Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n))
  expect(parts.length).toBeGreaterThan(3)
  for (const name of parts) {
    const p = new SaxesParser({ xmlns: true })
    const errors: string[] = []
    p.on('error', (e) => errors.push(`${name}: ${e.message}`))
    p.write(strFromU8(files[name])).close()
    expect(errors).toEqual([])
    expect(hasNonXmlChar(strFromU8(files[name]))).toBe(false)
  }
}

let dir: string
const files: Record<string, string> = {}

beforeAll(async () => {
  dir = await tempDir('xmlchars')
  const { bid, materials } = await buildFixture(dir)
  const bad = {
    ...bid,
    title: dirty(bid.title),
    requirements: bid.requirements.map((r) => ({ ...r, text: dirty(r.text) })),
    quote: { ...bid.quote, items: bid.quote.items.map((q) => ({ ...q, name: dirty(q.name) })) },
    sections: bid.sections.map((s) => (s.content ? { ...s, content: dirty(s.content) } : s)),
  }
  const badCompany = { ...company, name: dirty(company.name) }
  files.bidDocx = path.join(dir, 'bid.docx')
  files.bidXlsx = path.join(dir, 'bid.xlsx')
  await exportBidDocx({
    bid: bad,
    company: badCompany,
    materials,
    workspaceDir: dir,
    copy: '正本',
    out: files.bidDocx,
    date: '2026-03-10',
  })
  await exportBidXlsx({ bid: bad, company: badCompany, out: files.bidXlsx })

  // A competitor whose name carries a NUL (the reported chart failure) and U+FFFE in its evidence.
  const [first, ...rest] = sampleCompetitors
  const nulCompetitor = {
    ...first,
    title: `东华${BAD}软件`,
    benchmark: first.benchmark.map((b) => ({ ...b, evidence: dirty(b.evidence || '依据') })),
  }
  const model = buildReportModel({
    bid: sampleBid,
    competitors: [nulCompetitor, ...rest],
    company: dirty('某某信息技术有限公司'),
    date: '2026-03-15',
  })
  const chart = radarChartFor(model)
  expect(chart?.png.length).toBeGreaterThan(1000)
  files.compDocx = path.join(dir, 'comp.docx')
  files.compXlsx = path.join(dir, 'comp.xlsx')
  await fs.writeFile(files.compDocx, await buildReportDocx(model, chart))
  await fs.writeFile(files.compXlsx, await buildReportXlsx(model, [nulCompetitor, ...rest]))

  const neg = NegotiationSchema.parse({
    id: 'neg',
    schemaVersion: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: dirty('运维合同谈判'),
    counterpart: { org: dirty('某能源集团采购部'), people: [dirty('郑晓燕')] },
    openingPrice: 1_000_000,
    goals: { ideal: 990_000, target: 960_000, walkAway: 950_000, batna: dirty('维持原价') },
    concession: { pattern: '希望成交型', total: 60_000, rounds: 4 },
    risks: [dirty('对方以重新招标相威胁')],
  })
  files.brief = path.join(dir, 'brief.docx')
  await fs.writeFile(files.brief, await buildBriefDocx(neg, { company: 'X', bid: null, date: '2026-03-01' }))

  files.matrix = path.join(dir, 'matrix.xlsx')
  const m = makeMatrix(
    [{ id: 'A', category: '技术', maxPoints: 10, self: 8, est: { X: 6 } }],
    [
      { id: 'us', isUs: true },
      { id: 'X', price: 900000 },
    ],
  )
  m.title = dirty('评分矩阵')
  m.bidders = m.bidders.map((b) => ({ ...b, name: dirty(b.name || b.id) }))
  await writeMatrixXlsx(m, files.matrix, { ourPrice: 950000, sweep: false })

  files.findings = path.join(dir, 'findings.xlsx')
  await exportFindingsXlsx(
    runChecks({ bid: bad, company: badCompany, materials, now: new Date('2026-03-01') }).findings,
    bad,
    files.findings,
  )

  // The buyer's own form, filled with a value carrying the bad characters.
  files.form = path.join(dir, 'form.docx')
  const formSrc = await fs.readFile(files.brief)
  const formXml = strFromU8(unzipSync(formSrc)['word/document.xml']).replace(
    /<w:body>/,
    '<w:body><w:p><w:r><w:t>投标人：{{投标人名称}}</w:t></w:r></w:p>',
  )
  const src = unzipSync(formSrc)
  src['word/document.xml'] = new TextEncoder().encode(formXml)
  await fillBuyerForm({
    input: zipEntries(Object.entries(src).map(([name, data]) => ({ name, data }))),
    values: { 投标人名称: badCompany.name },
    out: files.form,
  })
}, 120_000)
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

describe('forbidden XML characters in every exported field', () => {
  it('every package is well-formed and carries none of them', async () => {
    for (const f of Object.values(files)) assertPackageWellFormed(await fs.readFile(f))
  })

  it('LibreOffice opens every file and shows the text around the dropped characters', async () => {
    const out = path.join(dir, 'pdf')
    await fs.mkdir(out)
    const docs = [files.bidDocx, files.compDocx, files.brief, files.form]
    const books = [files.bidXlsx, files.compXlsx, files.matrix, files.findings]
    await convert([...docs, ...books], out, 'pdf', dir)
    const text = async (f: string) => pdfText(path.join(out, path.basename(f).replace(/\.\w+$/, '.pdf')))
    expect(await text(files.bidDocx)).toContain('智慧园区综合管理平台建设项目')
    expect(await text(files.bidDocx)).toContain('华信智联科技有限公司')
    expect(await text(files.bidXlsx)).toContain('园区综合管理平台软件')
    expect(await text(files.compDocx)).toContain('东华软件')
    expect(await text(files.compXlsx)).toContain('东华软件')
    expect(await text(files.brief)).toContain('某能源集团采购部')
    expect(await text(files.form)).toContain('华信智联科技有限公司')
    expect(await text(files.matrix)).toContain('评分矩阵')
    expect(await text(files.findings)).toContain('严重程度')
  }, 240_000)
})

describe('parse-back check', () => {
  it('refuses a package with a part that is not well-formed, and leaves no file (the old one intact)', async () => {
    const broken = zipEntries([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types xmlns="x"/>') },
      { name: 'word/document.xml', data: new TextEncoder().encode('<w:document><w:body></w:document>') },
    ])
    const out = path.join(dir, 'kept.docx')
    await fs.writeFile(out, 'previous good file')
    const err = await writeFileAtomic(out, async () => finalizeOfficePackage(broken, 'test')).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(AppError)
    expect((err as AppError).code).toBe('EXPORT_MALFORMED')
    expect((err as AppError).zh).toContain('word/document.xml')
    expect((err as AppError).en).toContain('not well-formed')
    expect(await fs.readFile(out, 'utf8')).toBe('previous good file')
    expect((await fs.readdir(dir)).filter((n) => n.includes('kept.docx') && n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses bytes that are not a ZIP and a package without [Content_Types].xml', () => {
    expect(() => finalizeOfficePackage(new TextEncoder().encode('not a zip'), 'x')).toThrow(/cannot be read/)
    const noTypes = zipEntries([{ name: 'a.xml', data: new TextEncoder().encode('<a/>') }])
    expect(() => finalizeOfficePackage(noTypes, 'x')).toThrow(/Content_Types/)
  })

  it('drops character references to forbidden code points written by a library', () => {
    const pkg = zipEntries([
      { name: '[Content_Types].xml', data: new TextEncoder().encode('<Types xmlns="x"/>') },
      { name: 'a.xml', data: new TextEncoder().encode('<a>x&#0;y&#xFFFE;z&#x41;&#65;</a>') },
    ])
    const files = unzipSync(finalizeOfficePackage(pkg, 'x'))
    expect(strFromU8(files['a.xml'])).toBe('<a>xyz&#x41;&#65;</a>')
  })
})
