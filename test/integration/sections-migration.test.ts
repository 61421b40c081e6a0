import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBidDocx } from '@services/export/docx/assemble'
import { openWorkspace, createWorkspace } from '@services/store'
import { writtenDoc } from '@shared/domain/sections/written'
import { BID_SCHEMA_VERSION, type Bid } from '@shared/schemas'
import { company, tempDir } from './export-fixtures'

/**
 * A workspace written by the previous versions (bid v4 and v3, sections as plain text) opens in this one: the bid is backed
 * up, migrated to section documents, nothing is lost, and the export prints the same paragraphs as before.
 */
const TEMPLATES = path.resolve(__dirname, '../../templates')

const SECTIONS = [
  {
    id: 's1',
    title: '第一章 技术方案',
    kind: '技术',
    content:
      '一、项目概述\n本项目为{{采购人}}智慧园区建设。\n（一）建设目标\n  实现统一管理。\n1.总体目标\n2、阶段目标\n二、技术路线\n采用微服务架构；',
    done: false,
  },
  {
    id: 's2',
    title: '第二章 实施方案',
    kind: '技术',
    content: '# 总体方案\n## 架构\n正文一段。\n\n\n正文二段。   \n1.1 子项\n1.1.1 子子项',
    done: true,
  },
  { id: 's3', title: '服务承诺', kind: '商务', content: '　　我公司承诺：\n1. 严格执行。\n2. 按期交付。' },
  { id: 's4', title: '投标函', kind: '商务', formKey: '投标函', content: '' },
  { id: 's5', title: '空白章节', kind: '技术', content: '' },
]

/** A bid as the previous version (v4) wrote it; the same bid one version older (v3) must migrate through both steps. */
const V4 = {
  id: 'v4bid',
  schemaVersion: 4,
  title: '旧版工作区项目',
  tenderNo: 'ZB-2026-017',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  buyer: { name: '某市人民医院', type: '政府', region: '' },
  sections: SECTIONS,
  stageHistory: [],
  legacyPeople: [],
  decisionChain: [],
}
const { stageHistory: _s, legacyPeople: _l, decisionChain: _d, ...v3Rest } = V4
const V3 = {
  ...v3Rest,
  id: 'v3bid',
  schemaVersion: 3,
  people: [{ id: 'p1', name: '张主任', position: '信息科主任' }],
}

let dir: string

beforeAll(async () => {
  dir = await tempDir('sections-v3')
  const ws = await createWorkspace(dir, { name: '旧工作区' })
  await ws.close()
  await fs.writeFile(path.join(dir, 'bids', 'v4bid.json'), JSON.stringify(V4, null, 2))
  await fs.writeFile(path.join(dir, 'bids', 'v3bid.json'), JSON.stringify(V3, null, 2))
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

/** Paragraph texts of word/document.xml, in order. */
function paragraphs(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml'])
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter((t) => t.trim() !== '')
}

async function print(bid: Bid, name: string): Promise<string[]> {
  const out = path.join(dir, name)
  await exportBidDocx({
    bid,
    company,
    materials: [],
    workspaceDir: dir,
    copy: '正本',
    out,
    date: '2026-03-10',
    templatesDir: TEMPLATES,
  })
  return paragraphs(await fs.readFile(out))
}

describe.each([
  ['v4', V4],
  ['v3', V3],
] as const)('bid %s → structured sections', (version, old) => {
  it('backs up the old file, migrates every section and loses nothing', async () => {
    const ws = await openWorkspace(dir)
    try {
      const bid = await ws.get('bids', old.id)
      expect(bid.schemaVersion).toBe(BID_SCHEMA_VERSION)
      expect(bid.sections.map((s) => [s.id, s.title, s.content, s.formKey])).toEqual(
        SECTIONS.map((s) => [s.id, s.title, s.content, s.formKey ?? null]),
      )
      expect(bid.sections.map((s) => [s.status, s.source, s.doc === null])).toEqual([
        ['初稿', 'written', false],
        ['定稿', 'written', false],
        ['初稿', 'written', false],
        ['待写', 'template', true],
        ['待写', 'written', true],
      ])
      // The numbered-heading house style prints from its document; a text the print reads differently ("# …")
      // keeps printing from its text, so both paths are covered below.
      expect(writtenDoc(bid.sections[0])).not.toBeNull()
      expect(writtenDoc(bid.sections[1])).toBeNull()
      const backups = await fs.readdir(path.join(dir, '.bidbench', 'backups', 'bids'))
      const backup = backups.find((b) => b.startsWith(`${old.id}.${version}.`))
      expect(backup).toBeTruthy()
      expect(
        JSON.parse(await fs.readFile(path.join(dir, '.bidbench', 'backups', 'bids', backup!), 'utf8')),
      ).toEqual(old)
    } finally {
      await ws.close()
    }
  })

  it('prints the same paragraphs as the plain text printed', async () => {
    const ws = await openWorkspace(dir)
    let bid: Bid
    try {
      bid = await ws.get('bids', old.id)
    } finally {
      await ws.close()
    }
    const migrated = await print(bid, `${version}-migrated.docx`)
    // The old reading: the same bid with no section documents, so every section prints from its plain text.
    const plain = await print(
      { ...bid, sections: bid.sections.map((s) => ({ ...s, doc: null })) },
      'plain.docx',
    )
    expect(migrated).toEqual(plain)
    for (const line of [
      '一、项目概述',
      '（一）建设目标',
      '实现统一管理。',
      '正文二段。',
      '1.1.1 子子项',
      '2. 按期交付。',
    ])
      expect(migrated.some((p) => p.includes(line))).toBe(true)
    expect(migrated.some((p) => p.includes('某市人民医院智慧园区建设'))).toBe(true)
  }, 120_000)
})
