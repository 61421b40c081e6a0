import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command } from '@cli/commands/competitors'
import { createWorkspace } from '@services/store'
import { BENCHMARK_DIMENSIONS } from '@shared/schemas'
import { sampleBid, sampleCompetitors, sampleStrategy } from '../fixtures/competitors/sample'
import { convert, pdfFonts, pdfText } from './libreoffice'

let dir: string
let wsDir: string
const out = { docx: '', xlsx: '', strategy: '' }

function collect() {
  const o: string[] = []
  const e: string[] = []
  return { io: { out: (t: string) => o.push(t), err: (t: string) => e.push(t) }, o, e }
}

const strip = <T extends { createdAt: string; updatedAt: string; schemaVersion: number }>(d: T) => {
  const { createdAt: _c, updatedAt: _u, schemaVersion: _s, ...rest } = d
  return rest
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bidbench-competitors-'))
  wsDir = join(dir, 'ws')
  const ws = await createWorkspace(wsDir, { name: '测试工作区', company: { name: '某某信息技术有限公司' } })
  await ws.create('bids', strip(sampleBid))
  for (const c of sampleCompetitors) await ws.create('competitors', strip(c))
  await ws.create('bids', { id: 'bid-lost', title: '缺档案的项目', competitorIds: ['dhc', 'ghost'] })
  await ws.close()
  out.docx = join(dir, '竞争分析.docx')
  out.xlsx = join(dir, '竞争分析.xlsx')
  out.strategy = join(dir, 'strategy.json')
  await writeFile(out.strategy, JSON.stringify(sampleStrategy))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('competitors report (CLI → Word/Excel → LibreOffice)', () => {
  let text = ''

  it('writes the Word and Excel reports from a workspace', async () => {
    const { io, o, e } = collect()
    const argv = ['report', wsDir, '--bid', 'bid-hospital', '--out', out.docx, '--xlsx', out.xlsx]
    const code = await command.run(
      [...argv, '--strategy', out.strategy, '--date', '2026-03-15', '--json'],
      io,
    )
    expect(e).toEqual([])
    expect(code).toBe(0)
    expect(JSON.parse(o[0])).toEqual({
      bidId: 'bid-hospital',
      competitors: ['dhc', 'winning', 'bsoft'],
      missingIds: [],
      written: [out.docx, out.xlsx],
    })
    expect((await stat(out.docx)).size).toBeGreaterThan(20_000) // holds the radar PNG
  })

  it('uses Chinese typography: 宋体 eastAsia, 小四, 1.5 lines, A4, and embeds the radar PNG', async () => {
    const zip = await JSZip.loadAsync(await readFile(out.docx))
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toMatch(/w:eastAsia="宋体"/)
    expect(styles).toMatch(/<w:sz w:val="24"\/>/)
    expect(styles).toMatch(/w:line="360" w:lineRule="auto"/)
    const doc = await zip.file('word/document.xml')!.async('string')
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    const png = await zip.file(media[0])!.async('nodebuffer')
    expect(png.subarray(1, 4).toString()).toBe('PNG')
  })

  it('opens in LibreOffice with names, the eight dimensions, SWOT headings and strategy in the text', async () => {
    await convert([out.docx], dir, 'pdf', join(dir, 'lo-docx'))
    const pdf = join(dir, '竞争分析.pdf')
    text = await pdfText(pdf)
    const flat = text.replace(/\s+/g, '')
    for (const c of sampleCompetitors) expect(flat).toContain(c.title)
    for (const d of BENCHMARK_DIMENSIONS) expect(flat).toContain(d)
    for (const h of ['优势（S）', '劣势（W）', '机会（O）', '威胁（T）']) {
      // one SWOT table per competitor plus the field table
      expect(flat.split(h).length - 1).toBe(sampleCompetitors.length + 1)
    }
    for (const h of [
      '竞争对手分析报告',
      '一、竞争对手概要',
      '二、八维度对标雷达图',
      '三、差距分析',
      '四、SWOT分析',
      '五、竞争情报',
      '六、市场份额',
      '七、差异化策略',
    ]) {
      expect(flat).toContain(h)
    }
    expect(flat).toContain('市人民医院智慧医院信息化建设项目')
    expect(flat).toContain('承诺7×24小时驻场运维，首年免费')
    expect(flat).toContain('张三（医疗事业部总监）')
    // the biggest disadvantage (东华 人才数量 +4) comes before any smaller gap
    expect(flat.indexOf('人才数量59+4')).toBeGreaterThan(0)
    expect(flat.indexOf('人才数量59+4')).toBeLessThan(flat.indexOf('政府关系67+1'))
    // 创业慧康 has no scores: its gap rows show the missing mark, never 0
    expect(flat).toMatch(/政府关系———/)
    expect(await pdfFonts(pdf)).toMatch(/CJK/)
  }, 180_000)

  it('writes a workbook with Chinese sheets, blank (not 0) missing values and live gap formulas', async () => {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out.xlsx)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['对标评分', '情报', '市场份额'])
    const bench = wb.getWorksheet('对标评分')!
    expect(bench.getRow(1).values).toEqual([
      undefined,
      '竞争对手',
      '维度',
      '我方得分',
      '对方得分',
      '差距（对方−我方）',
      '依据',
      '日期',
    ])
    expect(bench.getColumn(6).width).toBe(48)
    expect(bench.rowCount).toBe(1 + 8 * sampleCompetitors.length)
    const row = (competitor: string, dim: string) => {
      for (let r = 2; r <= bench.rowCount; r++) {
        const x = bench.getRow(r)
        if (x.getCell(1).value === competitor && x.getCell(2).value === dim) return x
      }
      throw new Error(`${competitor} ${dim} not found`)
    }
    const talent = row('东华软件股份有限公司', '人才数量')
    expect([talent.getCell(3).value, talent.getCell(4).value]).toEqual([5, 9])
    expect(talent.getCell(5).value).toMatchObject({ formula: expect.stringContaining('D'), result: 4 })
    const missing = row('卫宁健康科技集团股份有限公司', '人才能力')
    expect([missing.getCell(3).value, missing.getCell(4).value]).toEqual([7, null])
    // exceljs reads a cached "" back as no result; the file itself holds an empty string, not 0
    expect(typeof (missing.getCell(5).value as { result?: unknown }).result).not.toBe('number')
    const sheet1 = await (
      await JSZip.loadAsync(await readFile(out.xlsx))
    )
      .file('xl/worksheets/sheet1.xml')!
      .async('string')
    const cell = (ref: string) => new RegExp(`<c r="${ref}"[^>]*>(.*?)</c>`).exec(sheet1)?.[0] ?? ''
    expect(cell(`E${missing.number}`)).toMatch(/t="str".*<v><\/v>/)
    expect(cell(`E${row('东华软件股份有限公司', '人才能力').number}`)).toContain('<v>0</v>')
    const share = wb.getWorksheet('市场份额')!
    expect(share.getRow(1).values).toEqual([undefined, '竞争对手', '医疗（%）', '政务（%）'])
    expect(share.getRow(2).values).toEqual([undefined, '东华软件股份有限公司', 12.5])
    expect(share.getRow(4).values).toEqual([undefined, '创业慧康科技股份有限公司', undefined, 8])
    expect(share.getRow(5).getCell(2).value).toMatchObject({ result: 27.5 })
    const intel = wb.getWorksheet('情报')!
    expect(intel.getRow(2).values).toEqual([
      undefined,
      '东华软件股份有限公司',
      '对方负责该客户的客户经理是谁？',
      '张三（医疗事业部总监）',
      '张三',
    ])
  })

  it('recalculates in LibreOffice to the same gaps, blank where a score is missing', async () => {
    await convert([out.xlsx], dir, 'csv:Text - txt - csv (StarCalc):44,34,76,1', join(dir, 'lo-xlsx'))
    const csv = (await readFile(join(dir, '竞争分析.csv'), 'utf8')).split(/\r?\n/)
    expect(csv).toContain('"东华软件股份有限公司","人才数量",5,9,4,"本地团队 40 人","2026-02-01"')
    expect(csv).toContain('"东华软件股份有限公司","人才能力",7,7,0,,"2026-02-01"')
    expect(csv).toContain('"卫宁健康科技集团股份有限公司","人才能力",7,,"",,"2026-02-01"')
    expect(csv).toContain('"卫宁健康科技集团股份有限公司","政府关系",6,4,-2,,"2026-02-01"')
    expect(csv).toContain('"创业慧康科技股份有限公司","政府关系",,,"",,')
  }, 180_000)
})

describe('competitors CLI input errors', () => {
  const run = async (...argv: string[]) => {
    const c = collect()
    return { code: await command.run(argv, c.io), ...c }
  }
  const docx = () => join(dir, `x-${Math.random().toString(36).slice(2)}.docx`)

  it('names the missing piece: sub-command, --bid, output, extension, date', async () => {
    await expect(run()).rejects.toThrow(/missing sub-command/)
    await expect(run('frobnicate')).rejects.toThrow(/unknown sub-command 'frobnicate'/)
    await expect(run('report', wsDir, '--out', docx())).rejects.toThrow(/missing --bid/)
    await expect(run('report', wsDir, '--bid', 'bid-hospital')).rejects.toThrow(/give --out/)
    await expect(run('report', wsDir, '--bid', 'bid-hospital', '--out', join(dir, 'a.xlsx'))).rejects.toThrow(
      /--out must end in \.docx/,
    )
    await expect(
      run('report', wsDir, '--bid', 'bid-hospital', '--out', docx(), '--date', '2026-02-30'),
    ).rejects.toMatchObject({ code: 'VALIDATION', en: expect.stringMatching(/date/) })
    await expect(run('report', '--bid', 'bid-hospital', '--out', docx())).rejects.toThrow(
      /exactly one workspace folder/,
    )
  })

  it('lists the known bids when the bid does not exist, and refuses a folder that is no workspace', async () => {
    await expect(run('report', wsDir, '--bid', 'nope', '--out', docx())).rejects.toThrow(
      /nope; known: .*bid-hospital/,
    )
    await expect(run('report', dir, '--bid', 'x', '--out', docx())).rejects.toMatchObject({
      code: 'WORKSPACE_NOT_FOUND',
    })
  })

  it('rejects a strategy sheet for another bid or with errors', async () => {
    const other = join(dir, 'other.json')
    await writeFile(other, JSON.stringify({ ...sampleStrategy, bidId: 'bid-lost' }))
    await expect(
      run('report', wsDir, '--bid', 'bid-hospital', '--out', docx(), '--strategy', other),
    ).rejects.toThrow(/for bid bid-lost, not bid-hospital/)
    const bad = join(dir, 'bad.json')
    await writeFile(
      bad,
      JSON.stringify({
        bidId: 'bid-hospital',
        actions: [{ id: 'a', lever: '价格', action: '降价', owner: '', due: null }],
      }),
    )
    await expect(
      run('report', wsDir, '--bid', 'bid-hospital', '--out', docx(), '--strategy', bad),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    const broken = join(dir, 'broken.json')
    await writeFile(broken, '{ not json')
    await expect(
      run('report', wsDir, '--bid', 'bid-hospital', '--out', docx(), '--strategy', broken),
    ).rejects.toThrow(/cannot read strategy sheet/)
  })

  it('still writes the report when a listed competitor has no record, warns and exits 1', async () => {
    const path = docx()
    const r = await run('report', wsDir, '--bid', 'bid-lost', '--out', path, '--date', '2026-03-15')
    expect(r.code).toBe(1)
    expect(r.e.join('\n')).toMatch(/missing from the workspace.*ghost/)
    expect((await stat(path)).size).toBeGreaterThan(10_000)
    const doc = await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')!.async('string')
    expect(doc).toContain('未纳入本报告：ghost')
  })

  it('duplicates: clean registry exits 0, a duplicate by alias is reported with exit 1', async () => {
    const clean = await run('duplicates', wsDir, '--json')
    expect([clean.code, JSON.parse(clean.o[0])]).toEqual([0, { groups: [] }])
    const ws = await createWorkspace(join(dir, 'ws2'), { name: '重复' })
    await ws.create('competitors', { id: 'a', title: '东华软件股份有限公司' })
    await ws.create('competitors', { id: 'b', title: 'DHC', aliases: ['东华软件集团'] })
    await ws.close()
    const dup = await run('duplicates', join(dir, 'ws2'))
    expect(dup.code).toBe(1)
    expect(dup.o.join('\n')).toContain('东华软件股份有限公司（a） = DHC（b）')
  })
})
