import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBidDocx } from '@services/export/docx/assemble'
import { BidSchema, BID_SCHEMA_VERSION } from '@shared/schemas'
import { company, NOW, tempDir } from './export-fixtures'
import { convert, pdfToPng } from './libreoffice'

const run = promisify(execFile)
const TEMPLATES = path.resolve(__dirname, '../../templates')
const PNG_DIR = path.resolve(__dirname, '../../test-results/export-cover-title')

/**
 * The project name on the cover, read from LibreOffice's PDF with the position of every line: a long name is set in
 * centred lines broken where it reads well (before a bracket, after 系统/采购), never inside a Latin word, at a
 * smaller size than a short name; a short name keeps its one line at 二号.
 */
const SHORT = '智慧园区综合管理平台建设项目'
const LONG = '江南市第一人民医院医学影像存储与传输系统（PACS）及放射科信息系统（RIS）升级改造采购项目'

interface Line {
  text: string
  xMin: number
  xMax: number
  height: number
}

async function coverLines(pdf: string): Promise<{ width: number; lines: Line[] }> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', pdf, '-'])
  const width = Number(/<page width="([\d.]+)"/.exec(stdout)![1])
  const num = (attrs: string, k: string) => Number(new RegExp(`${k}="([\\d.]+)"`).exec(attrs)![1])
  const lines = [...stdout.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((m) => ({
    text: [...m[2].matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
    xMin: num(m[1], 'xMin'),
    xMax: num(m[1], 'xMax'),
    height: num(m[1], 'yMax') - num(m[1], 'yMin'),
  }))
  return { width, lines }
}

const covers: Record<string, { width: number; lines: Line[] }> = {}

beforeAll(async () => {
  const dir = await tempDir('cover-title')
  const files: string[] = []
  for (const [name, title] of [
    ['short', SHORT],
    ['long', LONG],
  ]) {
    const bid = BidSchema.parse({
      id: `b-${name}`,
      schemaVersion: BID_SCHEMA_VERSION,
      title,
      createdAt: NOW,
      updatedAt: NOW,
      tenderNo: 'JN-2026-088',
      dates: { submissionDeadline: '2026-12-20T09:30:00+08:00' },
      sections: [{ id: 's1', title: '投标函', formKey: '投标函' }],
    })
    const out = path.join(dir, `${name}.docx`)
    await exportBidDocx({
      bid,
      company,
      materials: [],
      workspaceDir: dir,
      copy: '正本',
      out,
      templatesDir: TEMPLATES,
    })
    files.push(out)
  }
  await convert(files, dir, 'pdf', dir)
  await fs.mkdir(PNG_DIR, { recursive: true })
  for (const name of ['short', 'long']) {
    covers[name] = await coverLines(path.join(dir, `${name}.pdf`))
    await pdfToPng(path.join(dir, `${name}.pdf`), path.join(PNG_DIR, name), 1, 1)
  }
}, 240_000)

describe('the project name on the cover (Word → LibreOffice PDF, line positions)', () => {
  it('sets a long name in lines broken before a bracket and after a word, Latin words whole', () => {
    const texts = covers.long.lines.map((l) => l.text)
    const at = texts.indexOf('江南市第一人民医院医学影像存储与传输系统')
    expect(at).toBeGreaterThanOrEqual(0)
    expect(texts.slice(at, at + 3)).toEqual([
      '江南市第一人民医院医学影像存储与传输系统',
      '（PACS）及放射科信息系统',
      '（RIS）升级改造采购项目',
    ])
  })

  it('centres every line of it on the page', () => {
    const { width, lines } = covers.long
    const title = lines.filter((l) => LONG.includes(l.text) && l.text.length > 4)
    expect(title).toHaveLength(3)
    for (const l of title) expect(Math.abs((l.xMin + l.xMax) / 2 - width / 2), l.text).toBeLessThan(4)
  })

  it('prints the long name smaller than a short one, which keeps its one line', () => {
    const short = covers.short.lines.find((l) => l.text === SHORT)!
    expect(short).toBeDefined()
    expect(Math.abs((short.xMin + short.xMax) / 2 - covers.short.width / 2)).toBeLessThan(4)
    const long = covers.long.lines.find((l) => l.text === '（PACS）及放射科信息系统')!
    expect(long.height).toBeLessThan(short.height * 0.9)
  })
})
