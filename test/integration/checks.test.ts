import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import ExcelJS from 'exceljs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { command } from '@cli/commands/check'
import { runCli } from '@cli/run'
import { UsageError } from '@cli/types'
import { checkReportHtml, exportFindingsXlsx, FINDINGS_SHEET } from '@services/checks'
import { createWorkspace } from '@services/store'
import { runChecks } from '@shared/domain/checks'
import { cleanBidInput, cleanCompany, cleanMaterials, scenario, sec } from '../unit/checks/fixture'
import { convert } from './libreoffice'

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-checks-'))
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

function flawed() {
  return scenario((b) => {
    b.bond!.paidAmount = 5_000
    b.priceCeiling = 1_000_000
    b.title = '某市<智慧>政务平台采购项目'
    sec(b, 's-plan').content += '\n项目经理：XXX'
  })
}

describe('findings export', () => {
  it('writes one row per finding with filters, frozen header and 宋体, and reads back the same', async () => {
    const s = flawed()
    const findings = runChecks(s).findings
    findings[0] = {
      ...findings[0],
      acknowledged: { reason: '已与代理机构确认', by: '张三', at: '2026-04-21' },
    }
    const out = path.join(dir, '检查结果.xlsx')
    await exportFindingsXlsx(findings, s.bid, out)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    const ws = wb.getWorksheet(FINDINGS_SHEET)!
    expect(ws.rowCount).toBe(findings.length + 1)
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '序号',
      '规则',
      '类别',
      '严重程度',
      '位置',
      '问题',
      '修改建议',
      '依据',
      '确认说明',
    ])
    const rows = findings.map((_, i) => (ws.getRow(i + 2).values as unknown[]).slice(1, 5))
    // the changed title no longer matches the 项目名称 in the 投标函: E07
    expect(rows).toEqual([
      [1, 'L05', '不漏', '否决风险'],
      [2, 'C01', '不粗', '失分风险'],
      [3, 'E03', '不错', '否决风险'],
      [4, 'E07', '不错', '失分风险'],
    ])
    expect(ws.getRow(2).getCell(5).value).toBe('投标项目 · bond.paidAmount')
    expect(ws.getRow(3).getCell(5).value).toBe('章节“八、技术方案” · content')
    expect(ws.getRow(4).getCell(5).value).toBe('投标项目 · quote.openingSummary.price')
    expect(ws.getRow(5).getCell(5).value).toBe('章节“一、投标函” · content')
    expect(ws.getRow(4).getCell(8).value).toBe('87号令第63条')
    expect(ws.getRow(2).getCell(9).value).toBe('已确认：已与代理机构确认（张三 2026-04-21）')
    expect(ws.getRow(3).getCell(9).value).toBe('')
    expect(ws.autoFilter).toBe('A1:I5')
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.getRow(3).getCell(6).font?.name).toBe('宋体')
    expect(ws.getColumn(6).width).toBe(60)
  })

  it('opens in LibreOffice with the Chinese text intact', async () => {
    const s = flawed()
    const findings = runChecks(s).findings
    const out = path.join(dir, 'findings.xlsx')
    await exportFindingsXlsx(findings, s.bid, out)
    await convert([out], dir, 'csv:Text - txt - csv (StarCalc):44,34,76,1', dir)
    const csv = await fs.readFile(path.join(dir, 'findings.csv'), 'utf8')
    const lines = csv.replace(/"/g, '').trim().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toBe('序号,规则,类别,严重程度,位置,问题,修改建议,依据,确认说明')
    expect(lines[1]).toContain('1,L05,不漏,否决风险')
    expect(lines[1]).toContain('投标保证金不足：应缴 20000 元，已缴 5000 元')
  })

  it('leaves no file behind when the folder does not exist', async () => {
    const s = flawed()
    await expect(exportFindingsXlsx([], s.bid, path.join(dir, 'missing', 'x.xlsx'))).rejects.toThrow(
      /目标文件夹不存在|does not exist/,
    )
  })
})

describe('printable report', () => {
  it('groups findings by family, escapes text and marks acknowledged ones', () => {
    const s = flawed()
    const findings = runChecks(s).findings
    findings[1] = { ...findings[1], acknowledged: { reason: '<已知>', by: '李四', at: '2026-04-21' } }
    const html = checkReportHtml(findings, s.bid, { generatedAt: new Date(2026, 3, 21, 9, 0) })
    expect(html).toContain('某市&lt;智慧&gt;政务平台采购项目 投标文件检查报告')
    expect(html).not.toContain('<智慧>')
    expect(html).toContain('<h2>不漏（1）</h2>')
    expect(html).toContain('<h2>不粗（1）</h2>')
    expect(html).toContain('<h2>不错（2）</h2>')
    expect(html).toContain('已确认：&lt;已知&gt;（李四 2026-04-21）')
    expect(html).toContain('已确认的问题：1 项')
    expect(html.match(/<tr class="ack">/g)).toHaveLength(1)
    // counts exclude the acknowledged finding: 不粗's only finding is acknowledged
    expect(html).toContain('<tr><th>不粗</th><td>0</td><td>0</td><td>0</td></tr>')
    expect(html).toContain('<tr><th>不错</th><td>1</td><td>1</td><td>0</td></tr>')
  })
})

describe('bidbench check', () => {
  async function workspace() {
    const ws = await createWorkspace(dir, { name: '测试', company: cleanCompany() })
    for (const m of cleanMaterials()) await ws.create('materials', { ...m })
    await ws.create('bids', { ...cleanBidInput() })
    const bad = cleanBidInput()
    bad.id = 'b2'
    bad.bond!.paidAmount = 5_000
    bad.copies!.copiesPlanned = 1
    await ws.create('bids', { ...bad })
    await ws.close()
  }
  const io = () => {
    const out: string[] = []
    const err: string[] = []
    return { out, err, io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) } }
  }

  it('exits 0 on the clean bid and 1 with the findings of the flawed one', async () => {
    await workspace()
    const clean = io()
    expect(await command.run([dir, '--bid', 'b1'], clean.io)).toBe(0)
    expect(clean.out.join('\n')).toContain('0 个问题')
    const bad = io()
    expect(await command.run([dir, '--bid', 'b2', '--json'], bad.io)).toBe(1)
    const rows = JSON.parse(bad.out.join('\n'))
    expect(rows.map((r: { ruleId: string; severity: string }) => [r.ruleId, r.severity])).toEqual([
      ['L05', '否决风险'],
      ['L07', '失分风险'],
    ])
    expect(rows[0]).not.toHaveProperty('bidId')
    const text = io()
    expect(await command.run([dir, '--bid', 'b2'], text.io)).toBe(1)
    expect(text.out.join('\n')).toContain('[否决风险][编制] L05')
    expect(text.out.join('\n')).toContain('[失分风险][封装] L07')
  })

  it('says when a damaged bid was checked from its earlier version, and leaves the file as it was', async () => {
    await workspace()
    const file = path.join(dir, 'bids', 'b2.json')
    // Valid JSON, wrong shape: what a hand edit or another tool leaves behind.
    const bid = JSON.parse(await fs.readFile(file, 'utf8'))
    await fs.writeFile(file, JSON.stringify({ ...bid, bond: 7 }))
    const before = await fs.readFile(file, 'utf8')
    const run = io()
    expect(await command.run([dir, '--bid', 'b2', '--json'], run.io)).toBe(1)
    // The findings are those of the last good version (the flawed bid as created), and the user is told so.
    const rows = JSON.parse(run.out.join('\n'))
    expect(rows.map((r: { ruleId: string }) => r.ruleId)).toEqual(['L05', 'L07'])
    expect(run.err.join('\n')).toMatch(
      /bids[\\/]b2\.json 已损坏（.+），本次检查的是它的历史版本 .+\.json，文件本身未改动/u,
    )
    expect(run.err.join('\n')).toContain('this check read its earlier version')
    expect(await fs.readFile(file, 'utf8')).toBe(before)
  })

  it('--phase 封装 lists only the seal-and-sign items (exit 0); --phase 编制 what blocks the export', async () => {
    await workspace()
    const seal = io()
    expect(await command.run([dir, '--bid', 'b2', '--phase', '封装', '--json'], seal.io)).toBe(0)
    const rows = JSON.parse(seal.out.join('\n')) as { ruleId: string; phase: string }[]
    expect(rows.map((r) => [r.ruleId, r.phase])).toEqual([['L07', '封装']])
    const prep = io()
    expect(await command.run([dir, '--bid', 'b2', '--phase', '编制'], prep.io)).toBe(1)
    const text = prep.out.join('\n')
    expect(text).toContain('[否决风险][编制] L05')
    expect(text).not.toContain('L07')
    expect(text).toMatch(/blocking export \(编制\): 1/)
    const bad = io()
    await expect(command.run([dir, '--bid', 'b2', '--phase', '递交'], bad.io)).rejects.toThrow(/--phase/)
  })

  it('--all tags each finding with its bid, and --xlsx exports', async () => {
    await workspace()
    const all = io()
    expect(await command.run([dir, '--all', '--json'], all.io)).toBe(1)
    const rows = JSON.parse(all.out.join('\n'))
    expect(rows.map((r: { bidId: string; ruleId: string }) => `${r.bidId}:${r.ruleId}`)).toEqual([
      'b2:L05',
      'b2:L07',
    ])
    const x = io()
    const out = path.join(dir, 'b2.xlsx')
    expect(await command.run([dir, '--bid', 'b2', '--xlsx', out], x.io)).toBe(1)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(out)
    expect(wb.getWorksheet(FINDINGS_SHEET)!.rowCount).toBe(3)
  })

  it('refuses bad input (usage errors and the API’s NOT_FOUND / WORKSPACE_NOT_FOUND) with exit code 2', async () => {
    await workspace()
    const cases: string[][] = [
      [],
      [dir, '--bid', 'b1', '--all'],
      [dir, '--all', '--xlsx', path.join(dir, 'x.xlsx')],
      [dir, '--bid', 'b1', '--xlsx', path.join(dir, 'x.csv')],
      [dir, '--bid', 'nope'],
      [path.join(dir, 'not-a-workspace')],
    ]
    for (const argv of cases) expect(await runCli(['check', ...argv], io().io), argv.join(' ')).toBe(2)
    await expect(command.run([dir, '--bid', 'nope'], io().io)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(command.run([dir, '--bid', 'b1', '--all'], io().io)).rejects.toBeInstanceOf(UsageError)
  })
})
