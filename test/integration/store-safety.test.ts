/**
 * Issue 18, findings 5 and 6: links and special files inside a workspace are refused, never followed (documents,
 * files/, templates/); attachments are verified against their SHA-256 on read; doctor covers workspace.json, the
 * list index and the attachments, and its output never shows where a link points.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { command as doctorCommand } from '@cli/commands/doctor'
import { createWorkspace, doctor, openWorkspace } from '@services/store'
import { rejection } from './faults/helpers'

let root: string
let seq = 0
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-safety-'))
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

/** A secret outside the workspace that a planted link points at. */
async function secret(): Promise<string> {
  const p = path.join(root, `secret-${seq++}.txt`)
  await fs.writeFile(p, 'root:x:0:0:TOP-SECRET-CONTENT\n')
  return p
}

async function workspace() {
  const dir = path.join(root, `ws${seq++}`)
  const ws = await createWorkspace(dir, { name: 'safety' })
  const bytes = Buffer.from('营业执照扫描件 %PDF-1.4 …')
  const att = await ws.putFile(bytes, '营业执照.pdf', 'application/pdf')
  await ws.create('materials', { id: 'm1', title: '营业执照', attachments: [att] })
  await ws.create('bids', { id: 'b1', title: '某医院项目' })
  return { dir, ws, att, bytes }
}

const noLeak = (text: string, target: string) => {
  expect(text).not.toContain(target)
  expect(text).not.toContain('TOP-SECRET')
  expect(text).not.toContain('root:x')
}

describe('links and special files', () => {
  it('a document that is a symlink is refused (UNSAFE_FILE), and neither the error nor doctor shows its target', async () => {
    const { dir, ws } = await workspace()
    const target = await secret()
    await fs.symlink(target, path.join(dir, 'bids', 'evil.json'))
    const e = await rejection(ws.get('bids', 'evil'))
    expect(e.code).toBe('UNSAFE_FILE')
    expect(e.zh).toContain('bids/evil.json')
    noLeak(JSON.stringify(e.toJSON()), target)
    const report = await doctor(ws)
    expect(report.problems.filter((p) => p.code === 'UNSAFE_FILE').map((p) => `${p.kind}/${p.id}`)).toEqual([
      'bids/evil',
    ])
    noLeak(JSON.stringify(report), target)
    await ws.close()
  })

  it('a FIFO posing as a document is refused without blocking', async (ctx) => {
    const { dir, ws } = await workspace()
    try {
      execFileSync('mkfifo', [path.join(dir, 'bids', 'pipe.json')])
    } catch {
      await ws.close()
      return ctx.skip()
    }
    expect((await rejection(ws.get('bids', 'pipe'))).code).toBe('UNSAFE_FILE')
    await ws.close()
  })

  it('files/<sha> that is a symlink is not served; doctor reports it without the target', async () => {
    const { dir, ws, att } = await workspace()
    const target = await secret()
    const file = path.join(dir, 'files', att.sha256)
    await fs.rm(file)
    await fs.symlink(target, file)
    const e = await rejection(ws.readFile(att.sha256))
    expect(e.code).toBe('UNSAFE_FILE')
    noLeak(JSON.stringify(e.toJSON()), target)
    const report = await doctor(ws)
    expect(report.problems.map((p) => `${p.code} ${p.kind}`)).toEqual(['UNSAFE_FILE files'])
    noLeak(JSON.stringify(report), target)
    await ws.close()
  })

  it('a link under templates/ is a doctor finding', async () => {
    const { dir, ws } = await workspace()
    const target = await secret()
    await fs.mkdir(path.join(dir, 'templates', 'forms'), { recursive: true })
    await fs.symlink(target, path.join(dir, 'templates', 'forms', '投标函.json'))
    const report = await doctor(ws)
    expect(report.problems.map((p) => `${p.code} ${p.kind} ${p.id}`)).toEqual([
      `UNSAFE_FILE templates ${path.join('templates', 'forms', '投标函.json')}`,
    ])
    noLeak(JSON.stringify(report), target)
    await ws.close()
  })
})

describe('attachments are verified against their hash', () => {
  it('altered bytes: CORRUPT (HASH_MISMATCH) on read, a doctor finding; putting the real bytes repairs it', async () => {
    const { dir, ws, att, bytes } = await workspace()
    expect(await ws.readFile(att.sha256)).toEqual(bytes)
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(att.sha256)
    await fs.writeFile(path.join(dir, 'files', att.sha256), 'tampered')
    const e = await rejection(ws.readFile(att.sha256))
    expect(e.code).toBe('CORRUPT')
    expect(e.details).toMatchObject({ reason: 'HASH_MISMATCH' })
    expect(e.zh).toContain('SHA-256')
    const report = await doctor(ws)
    expect(report.problems.map((p) => `${p.code} ${p.kind}`)).toEqual(['ATTACHMENT_HASH_MISMATCH files'])
    await ws.putFile(bytes, '营业执照.pdf', 'application/pdf')
    expect(await ws.readFile(att.sha256)).toEqual(bytes)
    expect((await doctor(ws)).problems).toEqual([])
    await ws.close()
  })
})

describe('doctor covers workspace.json and the list index', () => {
  it('a damaged workspace.json with a good generation is reported (read-only, nothing changed)', async () => {
    const { dir, ws } = await workspace()
    await ws.saveWorkspace({ name: '改名后' })
    await ws.close()
    const file = path.join(dir, 'workspace.json')
    await fs.writeFile(file, '{"name": "半')
    const ro = await openWorkspace(dir, { readOnly: true })
    const report = await doctor(ro)
    await ro.close()
    expect(report.problems.map((p) => `${p.code} ${p.kind}`)).toEqual(['CORRUPT_RECOVERABLE workspace'])
    expect(await fs.readFile(file, 'utf8')).toBe('{"name": "半')
  })

  it('a workspace.json that is a symlink: the CLI reports UNSAFE_FILE, exit 1, without the target', async () => {
    const { dir, ws } = await workspace()
    await ws.close()
    const target = await secret()
    const file = path.join(dir, 'workspace.json')
    await fs.rename(file, path.join(dir, 'real-workspace.json'))
    await fs.symlink(target, file)
    const out: string[] = []
    const code = await doctorCommand.run([dir, '--json'], {
      out: (t) => out.push(t),
      err: (t) => out.push(t),
    })
    expect(code).toBe(1)
    const report = JSON.parse(out.join('\n'))
    expect(report.problems.map((p: { code: string; kind: string }) => `${p.code} ${p.kind}`)).toEqual([
      'UNSAFE_FILE workspace',
    ])
    noLeak(out.join('\n'), target)
  })

  it('a list index that disagrees with a document is reported as INDEX_STALE', async () => {
    const { dir, ws } = await workspace()
    await ws.close()
    // Rewritten in place: the folder's mtime does not change, so the index is not rebuilt on open.
    const file = path.join(dir, 'bids', 'b1.json')
    const doc = JSON.parse(await fs.readFile(file, 'utf8'))
    const h = await fs.open(file, 'r+')
    await h.truncate(0)
    await h.write(JSON.stringify({ ...doc, title: '别处改过的标题' }, null, 2) + '\n', 0)
    await h.close()
    const ro = await openWorkspace(dir, { readOnly: true })
    const report = await doctor(ro)
    await ro.close()
    expect(report.problems.map((p) => `${p.code} ${p.id} ${p.severity}`)).toEqual([
      'INDEX_STALE bids/b1 warning',
    ])
  })
})
