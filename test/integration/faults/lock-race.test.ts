/**
 * Two (and more) processes racing on one workspace (issue 8): the lock admits one writer, a refused
 * one gets LOCKED naming the holder, and read-modify-write increments from every process all land.
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { openWorkspace } from '@services/store'
import { holderAlive } from '@services/store/lock'
import { bundleWriter, counterOf, fastTmpDir, makeWorkspace, spawnWriter } from './helpers'

/** Seeds the writers' retry jitter (child i gets SEED + i), printed so a failing run can be replayed. */
const SEED = Number(process.env.BB_LOCK_SEED ?? 20261203)
console.log(`lock-race seed ${SEED} (BB_LOCK_SEED to replay)`)

let root: string
let writer: string[]
let seq = 0
beforeAll(async () => {
  root = await fastTmpDir('bb-lock-')
  writer = await bundleWriter(root)
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

async function freshWorkspace(): Promise<string> {
  const dir = path.join(root, `w${seq++}`)
  await makeWorkspace(dir, ['b1'])
  return dir
}

async function counter(dir: string): Promise<number> {
  const ws = await openWorkspace(dir, { readOnly: true })
  try {
    return counterOf((await ws.get('bids', 'b1')).title)
  } finally {
    await ws.close()
  }
}

/** Checks the enter/exit log written by the inc children: holds must never overlap. */
async function expectNoOverlap(dir: string): Promise<void> {
  const log = (await fs.readFile(`${dir}.holders`, 'utf8')).trim().split('\n')
  let holder: string | null = null
  for (const line of log) {
    const [what, pid] = line.split(' ')
    if (what === 'enter') {
      expect(holder, `process ${pid} entered while process ${holder} still held the lock`).toBeNull()
      holder = pid
    } else {
      expect(pid).toBe(holder)
      holder = null
    }
  }
}

/** A pid that certainly belongs to no live process: a child that has already exited. */
async function deadPid(): Promise<number> {
  const c = spawnWriter(writer, [root, 'nonsense'])
  await c.exited
  return c.proc.pid!
}

describe('one writer per workspace', () => {
  it('refuses a second process with LOCKED naming the holder; read-only still opens; the lock is freed on close', async () => {
    const dir = await freshWorkspace()
    const holder = spawnWriter(writer, [dir, 'hold'], { stdin: true })
    const pid = Number((await holder.waitFor(/^READY /)).split(' ')[1])
    expect(pid).toBe(holder.proc.pid)

    const second = spawnWriter(writer, [dir, 'try'])
    const line = await second.waitFor(/^(OK|ERR) /)
    expect(line.startsWith('ERR LOCKED ')).toBe(true)
    const err = JSON.parse(line.slice('ERR LOCKED '.length)) as {
      en: string
      details: { holder: { pid: number; host: string } }
    }
    expect(err.details.holder).toMatchObject({ pid, host: os.hostname() })
    expect(err.en).toContain(`process ${pid} on ${os.hostname()}`)
    expect((await second.exited).code).toBe(3)

    // In this process too, and a read-only session is allowed beside the writer.
    const inProc = await openWorkspace(dir).then(
      () => null,
      (e: unknown) => e,
    )
    expect(inProc).toBeInstanceOf(AppError)
    expect((inProc as AppError).code).toBe('LOCKED')
    expect((inProc as AppError).zh).toContain(`进程 ${pid}`)
    const ro = await openWorkspace(dir, { readOnly: true })
    expect(ro.readOnly).toBe(true)
    await ro.close()

    holder.proc.stdin!.end()
    expect((await holder.exited).code).toBe(0)
    const third = spawnWriter(writer, [dir, 'try'])
    expect(await third.waitFor(/^(OK|ERR) /)).toBe(`OK ${third.proc.pid}`)
    await third.exited
  })

  it('six processes incrementing at once: every increment lands (zero lost updates)', async () => {
    const dir = await freshWorkspace()
    const children = Array.from({ length: 6 }, (_, i) =>
      spawnWriter(writer, [dir, 'inc', 'b1', '10'], { seed: SEED + i }),
    )
    for (const c of children) await c.waitFor(/^DONE /, 60_000)
    for (const c of children) expect(c.lines.filter((l) => l.startsWith('ERR'))).toEqual([])
    await expectNoOverlap(dir)
    expect(await counter(dir)).toBe(60)
    await expect(fs.access(path.join(dir, '.bidbench', 'lock.json'))).rejects.toThrow()
  }, 90_000)

  it('processes racing to take over a stale lock: never two holders at once (zero lost updates)', async () => {
    const dir = await freshWorkspace()
    const lockFile = path.join(dir, '.bidbench', 'lock.json')
    let expected = 0
    for (let round = 0; round < 5; round++) {
      // A lock left by a process that died (kill -9) on this host.
      const stale = {
        pid: await deadPid(),
        host: os.hostname(),
        startedAt: new Date(0).toISOString(),
        app: 'crashed',
      }
      await fs.writeFile(lockFile, JSON.stringify(stale) + '\n')
      const children = Array.from({ length: 6 }, (_, i) =>
        spawnWriter(writer, [dir, 'inc', 'b1', '4'], { seed: SEED + 10 * round + i }),
      )
      for (const c of children) await c.waitFor(/^DONE /, 60_000)
      for (const c of children) expect(c.lines.filter((l) => l.startsWith('ERR'))).toEqual([])
      await expectNoOverlap(dir)
      expected += 6 * 4
      expect(await counter(dir)).toBe(expected)
    }
  }, 120_000)

  it('takes over a stale lock whose takeover mutex was left by a writer killed mid-takeover', async () => {
    const dir = await freshWorkspace()
    const lockFile = path.join(dir, '.bidbench', 'lock.json')
    const dead = await deadPid()
    await fs.writeFile(
      lockFile,
      JSON.stringify({
        pid: dead,
        host: os.hostname(),
        startedAt: new Date().toISOString(),
        app: 'crashed',
      }) + '\n',
    )
    // Killed between publishing the mutex and removing it, just as the new writer starts (dated a little ahead, so
    // a slow start of the writer cannot let the mutex age past its 2 s before the first attempt).
    const at = Date.now() + 2_500
    await fs.writeFile(`${lockFile}.takeover`, JSON.stringify({ pid: dead, host: os.hostname(), at }))
    // 'try' opens once and does not retry on LOCKED, as the kill -9 test's writers do not.
    const child = spawnWriter(writer, [dir, 'try'])
    await child.exited
    expect(child.lines.filter((l) => l.startsWith('ERR'))).toEqual([])
    expect(child.lines.filter((l) => l.startsWith('OK '))).toHaveLength(1)
    await expect(fs.access(`${lockFile}.takeover`)).rejects.toThrow()
  }, 60_000)

  it('takes over a lock whose pid now belongs to a later process (pid reuse after kill -9)', async () => {
    const dir = await freshWorkspace()
    const lockFile = path.join(dir, '.bidbench', 'lock.json')
    // This test's own process is alive but started long after 2001: it cannot have written this lock.
    const reused = {
      pid: process.pid,
      host: os.hostname(),
      startedAt: '2001-01-01T00:00:00.000Z',
      app: 'crashed',
    }
    await fs.writeFile(lockFile, JSON.stringify(reused) + '\n')
    const child = spawnWriter(writer, [dir, 'inc', 'b1', '1'])
    await child.waitFor(/^DONE /, 60_000)
    expect(child.lines.filter((l) => l.startsWith('ERR'))).toEqual([])
    expect(holderAlive(process.pid, Date.parse(reused.startedAt))).toBe(false)
    // The same live process with a lock written after it started is a live holder.
    expect(holderAlive(process.pid, Date.now())).toBe(true)
    expect(holderAlive(await deadPid(), Date.now())).toBe(false)
  }, 60_000)
})
