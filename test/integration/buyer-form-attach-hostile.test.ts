import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { p, r, rawDocx } from '@test/fixtures/buyer-forms/raw-docx'
import { fixtureWorkspace } from './cli-fixture'
import { tempDir } from './export-fixtures'

/**
 * Hostile files offered as a buyer's form (`export.attachForm`, as the app and the browser mode send it): a package
 * without word/document.xml, a zip whose document.xml declares 200 MB (the bytes behind it are small), a
 * document.xml with a DOCTYPE and an external entity. Each is refused with a typed error in Chinese and English
 * before anything is stored: the bid keeps its forms and the workspace's files/ gains nothing.
 */

let root: string
let ws: string
let ctx: AppContext

beforeAll(async () => {
  root = await tempDir('attach-hostile')
  ws = path.join(root, 'ws')
  await fixtureWorkspace(ws)
  ctx = new AppContext('cli', path.join(root, 'home'))
  await ctx.open(ws)
}, 120_000)

afterAll(async () => {
  await ctx?.close()
  await fs.rm(root, { recursive: true, force: true })
})

const form = () =>
  rawDocx([p([r('投标函', { b: true })], { center: true }), p([r('投标人名称：'), r('________')])])

async function withoutDocument(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await form())
  zip.remove('word/document.xml')
  return zip.generateAsync({ type: 'nodebuffer' })
}

/** The zip directory (and the local header) say word/document.xml inflates to 200 MB. */
async function declares200Mb(): Promise<Buffer> {
  const buf = Buffer.from(await form())
  const name = Buffer.from('word/document.xml')
  const size = 200 * 1024 * 1024
  for (const [sig, at, nameAt] of [
    [0x04034b50, 22, 30],
    [0x02014b50, 24, 46],
  ] as const)
    for (let i = 0; i + nameAt < buf.length; i++)
      if (buf.readUInt32LE(i) === sig && buf.subarray(i + nameAt, i + nameAt + name.length).equals(name))
        buf.writeUInt32LE(size, i + at)
  return buf
}

async function withEntity(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await form())
  const xml = await zip.file('word/document.xml')!.async('string')
  zip.file(
    'word/document.xml',
    xml
      .replace(/^<\?xml[^>]*>/, '$&<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
      .replace('________', '&x;'),
  )
  return zip.generateAsync({ type: 'nodebuffer' })
}

const filesIn = async () => (await fs.readdir(path.join(ws, 'files'), { recursive: true })).sort()

describe('hostile files offered as a buyer form', () => {
  it('the clean form they are made from attaches', async () => {
    const res = await dispatch(ctx, 'export.attachForm', {
      bidId: 'b1',
      name: 'clean.docx',
      dataBase64: (await form()).toString('base64'),
    })
    expect(res.ok, JSON.stringify(!res.ok && res.error)).toBe(true)
  }, 120_000)

  it.each([
    ['no word/document.xml', withoutDocument, /document\.xml/],
    ['a 200 MB declared document.xml', declares200Mb, /document\.xml/],
    ['a DOCTYPE with an external entity', withEntity, /DOCTYPE/],
  ] as const)(
    '%s: refused, typed, in zh and en; nothing stored',
    async (_name, make, says) => {
      const bid = await ctx.requireWs().get('bids', 'b1')
      const files = await filesIn()
      const res = await dispatch(ctx, 'export.attachForm', {
        bidId: 'b1',
        name: 'hostile.docx',
        dataBase64: (await make()).toString('base64'),
      })
      expect(res.ok).toBe(false)
      if (res.ok) return
      expect(res.error.code).toBe('IMPORT_REJECTED')
      expect(res.error.message.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(res.error.message.en).toMatch(says)
      const after = await ctx.requireWs().get('bids', 'b1')
      expect(after.buyerForms).toEqual(bid.buyerForms)
      expect(after.updatedAt).toBe(bid.updatedAt)
      expect(await filesIn()).toEqual(files)
    },
    120_000,
  )
})
