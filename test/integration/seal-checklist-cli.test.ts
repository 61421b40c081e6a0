import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command as check } from '@cli/commands/check'
import { command as demo } from '@cli/commands/demo'
import { openWorkspace } from '@services/store'
import { UsageError } from '@cli/types'
import JSZip from 'jszip'
import { paragraphTexts } from '@services/export/docx/ooxml-text'
import { convert, pdfText, pdfToPng } from './libreoffice'

// `check --phase 封装 --out <file>.docx` writes the printable seal-and-sign checklist (the export dialog's
// 打印封装检查清单 calls the same checks.sealChecklist); LibreOffice reads it back.
const PNG_DIR = path.resolve(__dirname, '../../test-results/seal-checklist')
const BID = 'bid-hospital-imaging'
let root: string
let ws: string

function io() {
  const o = { out: [] as string[], err: [] as string[] }
  return { o, io: { out: (t: string) => o.out.push(t), err: (t: string) => o.err.push(t) } }
}

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-seal-cli-'))
  ws = path.join(root, 'ws')
  expect(await demo.run([ws], io().io)).toBe(0)
  const s = await openWorkspace(ws)
  const bid = await s.get('bids', BID)
  await s.save('bids', {
    ...bid,
    copies: { ...bid.copies, originalRequired: 1, copiesRequired: 2 },
    requirements: [
      ...bid.requirements,
      {
        ...bid.requirements[0],
        id: 'r-pack',
        no: '2.8',
        star: false,
        text: '投标文件正本须逐页小签并加盖骑缝章；开标一览表须单独密封提交。',
      },
    ],
  })
  await s.close()
}, 300_000)
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('cli check --phase 封装 --out', () => {
  it('writes the checklist per copy: forms to seal and sign, page marks, envelopes, open 封装 findings', async () => {
    const out = path.join(root, '封装清单.docx')
    const { o, io: cli } = io()
    await check.run([ws, '--bid', BID, '--phase', '封装', '--out', out], cli)
    expect(o.out.join('\n')).toContain(out)
    await convert([out], root, 'pdf', root)
    const pdf = path.join(root, '封装清单.pdf')
    const text = (await pdfText(pdf)).replace(/[\s\u3000]+/g, '')
    await fs.mkdir(PNG_DIR, { recursive: true })
    await pdfToPng(pdf, path.join(PNG_DIR, 'page'), 1, 2)
    for (const copy of ['封装检查清单（正本）', '封装检查清单（副本1/2）', '封装检查清单（副本2/2）'])
      expect(text).toContain(copy)
    expect(text).toContain('投标函')
    expect(text).toContain('投标人（盖章）')
    expect(text).toContain('逐页小签')
    expect(text).toContain('加盖骑缝章')
    // Table cells as written (pdftotext interleaves wrapped cells of neighbouring columns).
    const zip = await JSZip.loadAsync(await fs.readFile(out))
    const cells = paragraphTexts(await zip.file('word/document.xml')!.async('string'))
    expect(cells).toContain('开标一览表（单独密封）')
    expect(cells.filter((c) => c === '开标一览表原件 1 份（按招标文件要求单独密封）')).toHaveLength(3)
    expect(text).toContain('前不得开启')
    // The open 封装 findings are listed as `check --phase 封装 --json` reports them.
    const j = io()
    await check.run([ws, '--bid', BID, '--phase', '封装', '--json'], j.io)
    const ids = (JSON.parse(j.o.out.at(-1)!) as { ruleId: string; acknowledged?: unknown }[])
      .filter((f) => !f.acknowledged)
      .map((f) => f.ruleId)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of new Set(ids)) expect(text).toContain(id)
  }, 240_000)

  it('--out needs --bid and --phase 封装', async () => {
    await expect(
      check.run([ws, '--all', '--out', path.join(root, 'x.docx')], io().io),
    ).rejects.toBeInstanceOf(UsageError)
    await expect(
      check.run([ws, '--bid', BID, '--phase', '编制', '--out', path.join(root, 'x.docx')], io().io),
    ).rejects.toBeInstanceOf(UsageError)
  })
})
