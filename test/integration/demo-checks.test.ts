import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkWorkspace } from '@services/checks'
import { blockingFindings } from '@shared/domain/checks'
import { writeDemoData } from '@services/demo'
import { createWorkspace, type WorkspaceSession } from '@services/store'

let dir: string
let ws: WorkspaceSession

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-demo-checks-'))
  ws = await createWorkspace(path.join(dir, 'ws'), { name: '示例工作区' })
  await writeDemoData(ws)
}, 300_000) // the sample workspace writes its scans with fsync: slow under load
afterAll(async () => {
  await ws.close()
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the sample workspace under the 不漏/不粗/不错 checks', () => {
  it('the clean services bid has no findings at all (no false positives)', async () => {
    const r = await checkWorkspace(ws, { bidId: 'bid-energy-itops' })
    expect(r.checks[0].result.findings).toEqual([])
  })

  it('the deliberately flawed goods bid produces exactly the planted problems', async () => {
    const r = await checkWorkspace(ws, { bidId: 'bid-hospital-imaging' })
    const got = r.checks[0].result.findings
      .map((f) => `${f.ruleId} ${f.severity} ${f.location.itemId ?? f.location.docId}`)
      .sort()
    expect(got).toEqual(
      [
        'L01 失分风险 r5', // HIS/EMR interface requirement left 未处理
        'L02 否决风险 r2', // ★ DICOM requirement answered with a 负偏离
        'L06 否决风险 s1', // 投标函 not sealed…
        'L06 否决风险 s1', // …and not signed
        'L08 失分风险 i7', // 培训方案 scored but no evidence
        'L08 失分风险 i8', // 质保期 scored but no evidence
        'L11 失分风险 c2', // 补遗 1 not acknowledged
        'C01 失分风险 s9', // XXX and 待补充 left in the technical section
        'C04 否决风险 m-cmmi3', // required CMMI certificate already expired
        'C05 提示 m-iso27001', // ISO27001 expires 8 days after the deadline
        'C05 提示 m-credit', // credit record expires 15 days after the deadline
        'E01 失分风险 bid-hospital-imaging', // 投标函 words say 叁佰叁拾伍万, figures 3,300,000: a correction to confirm
        'E11 失分风险 bid-hospital-imaging', // 投标函 price ≠ 开标一览表 (art. 59(一) corrects it)
        'E11 失分风险 bid-hospital-imaging', // 报价表 total ≠ 开标一览表
        // On the print (the 投标文件 as exported):
        'P01 失分风险 bid-hospital-imaging', // the 投标函 prints 小写 3,300,000 and 大写 叁佰叁拾伍万
        'P01 否决风险 bid-hospital-imaging', // three prices printed: 3,030,000 / 3,350,000 / 3,300,000
        'P02 失分风险 s1', // the 投标函 keeps a date of its own
        'P03 否决风险 s9', // "XXX" printed in the 技术方案…
        'P03 否决风险 s9', // …and "待补充"
      ].sort(),
    )
  })

  it('the export gate stops the goods bid on its 编制 rejection risks only; seals and signatures are 封装 items', async () => {
    const r = await checkWorkspace(ws, { bidId: 'bid-hospital-imaging' })
    const blocking = blockingFindings(r.checks[0].result.findings).map((f) => f.ruleId)
    expect(blocking.sort()).toEqual(['C04', 'L02', 'P01', 'P03', 'P03'])
    expect(
      r.checks[0].result.findings.filter((f) => f.ruleId === 'L06').every((f) => f.phase === '封装'),
    ).toBe(true)
  })
})
