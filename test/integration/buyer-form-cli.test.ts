import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '@cli/run'
import { goodsForms, servicesForms } from '@test/fixtures/buyer-forms/sets'
import { tempDir } from './export-fixtures'
import { docText, fixtureWorkspace } from './cli-fixture'

/**
 * `bidbench export form`: the buyer's form filled through the export use case; exit 1 listing what stays blank
 * unless --allow-unfilled, --map to choose a key or leave a blank, exit 2 with a zh/en reason for files that are
 * not Word forms. The --json shape is the issue's: { filled: [{ label, key, value }], unfilled: [{ label, where }] }.
 */

let dir: string
let files: string

function cli() {
  const o = { out: [] as string[], err: [] as string[] }
  return { o, io: { out: (t: string) => o.out.push(t), err: (t: string) => o.err.push(t) } }
}

beforeAll(async () => {
  const root = await tempDir('form-cli')
  dir = path.join(root, 'ws')
  files = path.join(root, 'files')
  await fs.mkdir(files)
  await fixtureWorkspace(dir)
  await fs.writeFile(path.join(files, 'goods.docx'), await goodsForms())
  await fs.writeFile(path.join(files, 'services.docx'), await servicesForms())
}, 120_000)

const base = (form: string, out: string) => [
  'export',
  'form',
  dir,
  '--bid',
  'b1',
  '--form',
  path.join(files, form),
  '--out',
  path.join(files, out),
  '--date',
  '2026-03-10',
]

describe('bidbench export form', () => {
  it('a form the bid fills entirely exits 0; the 法定代表人身份证明 from the company profile', async () => {
    const { o, io } = cli()
    expect(await runCli([...base('goods.docx', 'goods-out.docx'), '--json'], io)).toBe(0)
    const r = JSON.parse(o.out[0])
    expect(r.filled).toContainEqual(
      expect.objectContaining({
        label: '投标人名称：（盖章）',
        key: '投标人名称',
        value: '华信智联科技有限公司',
      }),
    )
    expect(r.unfilled).toEqual([])
    expect(r.manual.map((m: { label: string }) => m.label)).toEqual(['法定代表人或授权代表（签字）：'])
    const text = await docText(path.join(files, 'goods-out.docx'))
    expect(text).toContain('投标人名称：华信智联科技有限公司（盖章）')
    expect(text).toContain('姓名：王建国 性别：男 年龄：53 职务：董事长')
    expect(text).toContain('日期：2026年3月10日')
  }, 120_000)

  it('blanks it cannot fill: exit 1 with the list, the file still written; --allow-unfilled exits 0', async () => {
    const { o, io } = cli()
    expect(await runCli(base('services.docx', 'services-out.docx'), io)).toBe(1)
    expect(o.out.join('\n')).toMatch(
      /✗ 第7段（p6:4）服务期：：“合同签订后 60 日历天”不能按表单的单位“个月”填写/,
    )
    expect(o.err.join('\n')).toContain('2 处空白未填')
    expect(await docText(path.join(files, 'services-out.docx'))).toContain(
      '磋商响应人名称：华信智联科技有限公司',
    )
    const again = cli()
    expect(await runCli([...base('services.docx', 'services-out2.docx'), '--allow-unfilled'], again.io)).toBe(
      0,
    )
  }, 120_000)

  it('--map chooses a key for a blank, or leaves it (=-)', async () => {
    const { o, io } = cli()
    expect(await runCli([...base('services.docx', 's.docx'), '--json'], io)).toBe(1)
    const first = JSON.parse(o.out[0])
    const ids = first.unfilled.map((u: { id: string }) => u.id)
    expect(first.unfilled.map((u: { label: string }) => u.label)).toEqual(['服务期：', '传真：'])
    const mapped = cli()
    expect(
      await runCli(
        [
          ...base('services.docx', 's2.docx'),
          '--map',
          `${ids[0]}=-`,
          '--map',
          `${ids[1]}=投标人电话`,
          '--json',
        ],
        mapped.io,
      ),
    ).toBe(0)
    const r = JSON.parse(mapped.o.out[0])
    expect(r.unfilled).toEqual([])
    expect(r.manual.map((m: { id: string }) => m.id)).toEqual([ids[0]])
    expect(await docText(path.join(files, 's2.docx'))).toContain('联系人：李晓梅  传真：010-88886666')
    const wrong = cli()
    expect(await runCli([...base('services.docx', 's3.docx'), '--map', `${ids[1]}=传真号码`], wrong.io)).toBe(
      2,
    )
    expect(wrong.o.err.join('\n')).toContain('--map names unknown keys: 传真号码')
  }, 120_000)

  it('bad files: not a .docx, random bytes, an .xlsx renamed, a missing file — exit 2 with zh and en', async () => {
    const junk = path.join(files, 'junk.docx')
    await fs.writeFile(junk, Buffer.from('这不是Word文件 not a zip at all'.repeat(20)))
    const xlsx = path.join(files, 'sheet.docx')
    const zip = new JSZip()
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    )
    zip.file(
      'xl/workbook.xml',
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    )
    await fs.writeFile(xlsx, await zip.generateAsync({ type: 'nodebuffer' }))
    for (const [form, zh] of [
      ['junk.docx', ''],
      ['sheet.docx', ''],
      ['nope.docx', '找不到表单文件'],
    ] as const) {
      const { o, io } = cli()
      const code = await runCli(base(form, 'x.docx'), io)
      expect(code, form).toBeGreaterThan(0)
      const err = o.err.join('\n')
      expect(err).toMatch(/[\u4e00-\u9fa5]/)
      expect(err).toMatch(/[a-z]{3,} [a-z]{2,}/)
      if (zh) expect(err).toContain(zh)
    }
    const txt = cli()
    expect(
      await runCli(['export', 'form', dir, '--bid', 'b1', '--form', 'a.pdf', '--out', 'x.docx'], txt.io),
    ).toBe(2)
    expect(txt.o.err.join('\n')).toContain('--form takes a .docx file')
    await expect(fs.access(path.join(files, 'x.docx'))).rejects.toThrow()
  }, 120_000)
})
