import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '@cli/run'
import { createWorkspace, openWorkspace } from '@services/store'
import { writeSettings } from '@services/sync/config'
import { createBareRepo, startGitServer, type GitServer } from './git-server'

let tmp: string
let server: GitServer

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-sync-http-'))
  await fs.mkdir(path.join(tmp, 'srv'))
  server = await startGitServer(path.join(tmp, 'srv'))
  process.env.BIDBENCH_GIT_USERNAME = 'team'
  process.env.BIDBENCH_GIT_PASSWORD = 's3cret'
})
afterAll(async () => {
  delete process.env.BIDBENCH_GIT_USERNAME
  delete process.env.BIDBENCH_GIT_PASSWORD
  await server.close()
  await fs.rm(tmp, { recursive: true, force: true })
})

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(argv, { out: (s) => void (out += s + '\n'), err: (s) => void (err += s + '\n') })
  return { code, out, err }
}

async function edit(dir: string, id: string, fn: (b: Record<string, unknown>) => Record<string, unknown>) {
  const ws = await openWorkspace(dir)
  try {
    const b = await ws.get('bids', id)
    await ws.save('bids', fn(b as never) as never)
  } finally {
    await ws.close()
  }
}

async function read(dir: string, id: string) {
  const ws = await openWorkspace(dir, { readOnly: true })
  try {
    return await ws.get('bids', id)
  } finally {
    await ws.close()
  }
}

describe('sync with a git server over HTTP (git http-backend)', () => {
  it('merges different fields, then a same-field conflict is resolved and both machines agree', async () => {
    createBareRepo(path.join(tmp, 'srv'), 'team.git')
    const url = server.url('team.git')
    const a = path.join(tmp, 'a')
    const b = path.join(tmp, 'b')
    const ws = await createWorkspace(a, { name: '投标团队' })
    const bid = await ws.create('bids', {
      title: '市医院影像系统',
      quote: { bidLetterPrice: 3300000 },
      requirements: [{ id: 'r1', no: '3.2', star: true, text: '双机热备' }],
    })
    await ws.close()
    await writeSettings(a, { user: '张三' })
    let r = await cli('sync', a, '--remote', url, '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ pushed: true, conflicts: [] })
    r = await cli('clone', url, b)
    expect(r.code, r.err).toBe(0)
    await writeSettings(b, { user: '李四' })
    // A real git sees an ordinary repository.
    expect(
      execFileSync('git', ['-C', path.join(tmp, 'srv', 'team.git'), 'fsck', '--strict']).toString(),
    ).toBe('')

    await edit(a, bid.id, (d) => ({ ...d, agency: '某招标代理有限公司' }))
    await edit(b, bid.id, (d) => ({ ...d, quote: { ...(d.quote as object), bidLetterPrice: 3030000 } }))
    expect((await cli('sync', a, '--json')).code).toBe(0)
    r = await cli('sync', b, '--json')
    expect(r.code).toBe(0)
    const merged = JSON.parse(r.out)
    expect(merged.merged.map((m: { id: string }) => m.id)).toEqual([bid.id])
    expect(merged.pulled).toBe(1)
    expect((await cli('sync', a, '--json')).code).toBe(0)
    for (const dir of [a, b]) {
      const d = await read(dir, bid.id)
      expect([d.agency, d.quote.bidLetterPrice]).toEqual(['某招标代理有限公司', 3030000])
    }

    await edit(a, bid.id, (d) => ({ ...d, quote: { ...(d.quote as object), bidLetterPrice: 2980000 } }))
    await edit(b, bid.id, (d) => ({ ...d, quote: { ...(d.quote as object), bidLetterPrice: 3010000 } }))
    expect((await cli('sync', a, '--json')).code).toBe(0)
    r = await cli('sync', b, '--json')
    expect(r.code).toBe(1)
    const out = JSON.parse(r.out)
    expect(out.conflicts).toHaveLength(1)
    expect(out.conflicts[0]).toMatchObject({
      kind: 'bids',
      id: bid.id,
      path: 'quote.bidLetterPrice',
      ours: 3010000,
      theirs: 2980000,
      oursBy: '李四',
      theirsBy: '张三',
    })
    // The conflict travels with the document: the other machine sees it too, and export is blocked there.
    r = await cli('sync', a, '--json')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).conflicts[0].path).toBe('quote.bidLetterPrice')
    r = await cli('export', 'docx', a, '--bid', bid.id, '--out', path.join(tmp, '投标文件.docx'))
    expect(r.code).toBe(1)
    expect(r.err).toContain('SYNC_CONFLICTS')
    await expect(fs.access(path.join(tmp, '投标文件.docx'))).rejects.toThrow()

    r = await cli(
      'resolve',
      a,
      'bids',
      bid.id,
      '--path',
      'quote.bidLetterPrice',
      '--take',
      'theirs',
      '--json',
    )
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out).remaining).toBe(0)
    expect((await cli('sync', a, '--json')).code).toBe(0)
    expect((await cli('sync', b, '--json')).code).toBe(0)
    const fa = await read(a, bid.id)
    const fb = await read(b, bid.id)
    expect(fa.quote.bidLetterPrice).toBe(2980000)
    expect(fb).toEqual(fa)
    expect(fa.syncConflicts).toBeUndefined()

    r = await cli('history', b, 'bids', bid.id, '--json')
    expect(r.code).toBe(0)
    const versions = JSON.parse(r.out) as {
      version: string
      author: string
      changes: { path: string; before: unknown; after: unknown }[]
    }[]
    expect(new Set(versions.map((v) => v.author))).toEqual(new Set(['张三', '李四']))
    const first = versions[versions.length - 1]
    r = await cli(
      'restore',
      b,
      'bids',
      bid.id,
      '--version',
      first.version.slice(0, 8),
      '--path',
      'quote.bidLetterPrice',
    )
    expect(r.code, r.err).toBe(0)
    expect((await read(b, bid.id)).quote.bidLetterPrice).toBe(3300000)
    expect((await read(b, bid.id)).agency).toBe('某招标代理有限公司')
  })

  it('refuses a wrong login with SYNC_AUTH and works offline, catching up later', async () => {
    createBareRepo(path.join(tmp, 'srv'), 'auth.git')
    const dir = path.join(tmp, 'c')
    const ws = await createWorkspace(dir, { name: 'c' })
    const bid = await ws.create('bids', { title: '离线测试' })
    await ws.close()
    process.env.BIDBENCH_GIT_PASSWORD = 'wrong'
    let r = await cli('sync', dir, '--remote', server.url('auth.git'), '--json')
    process.env.BIDBENCH_GIT_PASSWORD = 's3cret'
    expect(r.code).toBe(1)
    expect(r.err).toContain('SYNC_AUTH')
    // Nothing listens on port 9 of 127.0.0.1: the sync commits locally and says it is offline.
    r = await cli('sync', dir, '--remote', 'http://127.0.0.1:9/none.git', '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ offline: true, pushed: false })
    await edit(dir, bid.id, (d) => ({ ...d, notes: '离线时的修改' }))
    r = await cli('sync', dir, '--remote', 'http://127.0.0.1:9/none.git', '--json')
    expect(JSON.parse(r.out)).toMatchObject({ offline: true, committed: true })
    r = await cli('sync', dir, '--remote', server.url('auth.git'), '--json')
    expect(JSON.parse(r.out)).toMatchObject({ offline: false, pushed: true })
    const other = path.join(tmp, 'd')
    expect((await cli('clone', server.url('auth.git'), other)).code).toBe(0)
    expect((await read(other, bid.id)).notes).toBe('离线时的修改')
  })
})
