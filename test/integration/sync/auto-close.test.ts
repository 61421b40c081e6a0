import * as fs from 'node:fs/promises'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf, MethodName, OutputOf } from '@shared/contract'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import { syncOnClose } from '@services/sync/session-hooks'
import { FolderRemote } from '@services/sync/transport'

/*
 * Automatic sync when the desktop app closes (electron/main calls syncOnClose before closing the
 * workspace): only when enabled, and bounded so a server that never answers cannot keep the window open.
 * The timer and on-open syncs live in the renderer (useSync): test/e2e/sync-auto.spec.ts.
 */

let tmp: string
const ctxs: AppContext[] = []

beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-sync-auto-'))
})
afterEach(async () => {
  for (const c of ctxs.splice(0)) await c.close()
  await fs.rm(tmp, { recursive: true, force: true })
})

async function call<M extends MethodName>(ctx: AppContext, m: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const r = await dispatch(ctx, m, input)
  if (!r.ok) throw new Error(`${m}: ${r.error.code} ${r.error.message.en}`)
  return r.value as OutputOf<M>
}

/** 张三 (a) and 李四 (b) on one shared-folder remote; a's automatic sync as given. */
async function twoMachines(auto: boolean): Promise<[AppContext, AppContext, string]> {
  const remote = path.join(tmp, 'share.git')
  await FolderRemote.create(remote)
  const ws = await createWorkspace(path.join(tmp, 'a'), { name: '团队' })
  await ws.create('bids', { id: 'b1', title: '市医院', tenderNo: 'ZB-1' })
  await ws.close()
  const a = new AppContext('cli', path.join(tmp, 'home-a'))
  const b = new AppContext('cli', path.join(tmp, 'home-b'))
  ctxs.push(a, b)
  await a.open(path.join(tmp, 'a'))
  await call(a, 'sync.configure', { remote, user: '张三', auto })
  await call(a, 'sync.run', {})
  await call(b, 'sync.clone', { remote, dir: path.join(tmp, 'b') })
  return [a, b, remote]
}

async function setTenderNo(ctx: AppContext, tenderNo: string): Promise<void> {
  const d = await call(ctx, 'bids.get', { id: 'b1' })
  await call(ctx, 'bids.save', { doc: { ...d, tenderNo } })
}

const tenderNo = async (ctx: AppContext) => (await call(ctx, 'bids.get', { id: 'b1' })).tenderNo

describe('automatic sync when the app closes', () => {
  it('pushes the last edits when automatic sync is on', async () => {
    const [a, b] = await twoMachines(true)
    await setTenderNo(a, 'ZB-2')
    await syncOnClose(a)
    const r = await call(b, 'sync.run', {})
    expect(r.pulled).toBe(1)
    expect(await tenderNo(b)).toBe('ZB-2')
  })

  it('does nothing when automatic sync is off', async () => {
    const [a, b] = await twoMachines(false)
    const head = (await call(a, 'sync.settings', {})).head
    await setTenderNo(a, 'ZB-2')
    await syncOnClose(a)
    expect((await call(a, 'sync.settings', {})).head).toBe(head) // not even committed
    expect((await call(b, 'sync.run', {})).pulled).toBe(0)
    expect(await tenderNo(b)).toBe('ZB-1')
  })

  it('gives up on a server that never answers, with the edit committed to go out next time', async () => {
    const [a] = await twoMachines(true)
    let asked = 0
    const silent = http.createServer(() => void asked++) // accepts, never responds
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/team.git`
      await call(a, 'sync.configure', { remote: url })
      const head = (await call(a, 'sync.settings', {})).head
      await setTenderNo(a, 'ZB-3')
      const t0 = Date.now()
      await syncOnClose(a, 1_000)
      expect(asked).toBeGreaterThan(0) // the sync was waiting on the server when closing went on
      expect(Date.now() - t0).toBeLessThan(10_000)
      const after = (await call(a, 'sync.settings', {})).head
      expect(after).not.toBe(head)
      const log = await call(a, 'sync.history', { kind: 'bids', id: 'b1' })
      expect(log[0].changes).toContainEqual(expect.objectContaining({ path: 'tenderNo', after: 'ZB-3' }))
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
  })
})
