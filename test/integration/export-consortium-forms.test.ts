import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { createWorkspace } from '@services/store'
import { BidSchema } from '@shared/schemas'
import { cli } from './cli-fixture'
import { buildFixture, company, tempDir } from './export-fixtures'
import { convert, pdfText, pdfToPng } from './libreoffice'

/**
 * The consortium forms of a printed 投标文件, through the CLI as a user exports it and read back from LibreOffice's
 * PDF: a member without a name leaves a line to fill in the 联合体协议书 (and the export gate names that blank).
 */
const PNG_DIR = path.resolve(__dirname, '../../test-results/export-consortium-forms')

let dir: string
let blocked: { code: number; err: string }
/** The PDF text with the runs of spaces pdftotext lays tables out with taken away. */
let flat: string

beforeAll(async () => {
  dir = await tempDir('consortium-forms')
  const ws = await createWorkspace(dir, { name: '联合体测试', company })
  const { bid, materials } = await buildFixture(dir)
  for (const m of materials) await ws.create('materials', { ...m })
  const consortium = BidSchema.parse({
    ...bid,
    consortium: {
      isConsortium: true,
      members: [
        { id: 'c1', role: '牵头人', isUs: true, work: '平台软件及总体集成', sharePercent: 65 },
        { id: 'c2', name: '', role: '成员', work: '边缘网关供货及安装', sharePercent: 35 },
      ],
    },
  })
  await ws.create('bids', { ...consortium })
  await ws.close()
  const out = path.join(dir, 'consortium.docx')
  const args = ['export', 'docx', dir, '--bid', 'b1', '--out', out, '--date', '2026-03-10']
  blocked = await cli(...args)
  expect((await cli(...args, '--force')).code).toBe(0)
  await convert([out], dir, 'pdf', dir)
  const pdf = path.join(dir, 'consortium.pdf')
  flat = (await pdfText(pdf)).replace(/[ \t\u3000]+/g, '')
  await fs.mkdir(PNG_DIR, { recursive: true })
  await pdfToPng(pdf, path.join(PNG_DIR, 'page'), 1, 30)
}, 300_000)

describe('a consortium member without a name (CLI export → LibreOffice PDF)', () => {
  it('prints a line to fill wherever the 联合体协议书 names it', () => {
    const agreement = flat.slice(flat.lastIndexOf('联合体协议书'))
    expect(agreement).toContain(`${company.name}（牵头人）与________（成员）自愿组成联合体`)
    // Its row of the shares table (the one-line cells — 序号, name, role, share — share the middle line of a row
    // whose work wraps), and its seal line.
    expect(agreement).toContain('\n2________成员35%\n')
    expect(agreement).toContain('联合体成员（盖章）：________')
  })

  it('is a blank the export gate names: the column, the row and the member’s field', () => {
    expect(blocked.code).toBe(1)
    expect(blocked.err).toContain('[否决风险] P03 “联合体协议书”印有待填空线“________”：成员名称（第 2 行）')
    // The 投标函 naming the members prints it too, and says so.
    expect(blocked.err).toMatch(/P03 “投标函”印有待填空线“________”：.*成员为________/)
  })

  it('法定代表人身份证明 and 授权委托书 are the 牵头人’s, in 联合体牵头人 wording (DOMAIN.md §11)', () => {
    // A form's text: from its heading (a line of its own; the 目录 line has its dots and page) to the next form's.
    const form = (title: string, next: string) => {
      const at = flat.indexOf(`\n${title}\n`)
      return flat.slice(at, flat.indexOf(`\n${next}\n`, at + 1))
    }
    const id = form('法定代表人身份证明', '授权委托书')
    expect(id).toContain(`联合体名称：${company.name}、________联合体`)
    expect(id).toContain(`联合体牵头人名称：${company.name}`)
    expect(id).toContain(`系${company.name}（联合体牵头人）的法定代表人。`)
    expect(id).toContain(`联合体牵头人（盖章）：${company.name}`)
    expect(id).not.toContain('投标人')
    const auth = form('授权委托书', '开标一览表')
    expect(auth).toContain('为联合体的代理人')
    expect(auth).toContain('其法律后果由联合体各成员共同承担')
    expect(auth).toContain(`联合体牵头人（盖章）：${company.name}`)
    expect(auth).not.toContain('投标人（盖章）')
  })
})
