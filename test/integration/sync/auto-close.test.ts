import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '@services/app-context'
import { runningSyncs } from '@services/sync'
import { syncOnClose } from '@services/sync/session-hooks'
import { call, useTwoMachines } from './machines'

/*
 * Automatic sync when the desktop app closes (electron/main calls syncOnClose before closing the
 * workspace): only when enabled, and bounded so a server that never answers cannot keep the window open.
 * The timer and on-open syncs live in the renderer (useSync): test/e2e/sync-auto.spec.ts.
 */

const machines = useTwoMachines('bb-sync-auto-')
/** 张三 (a) and 李四 (b) on one shared-folder remote; a's automatic sync as given. */
const twoMachines = (auto: boolean) => machines.start({ tenderNo: 'ZB-1' }, { auto })

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
    let onClosed: () => void = () => undefined
    const closed = new Promise<void>((resolve) => (onClosed = resolve))
    // Accepts, never responds; notes when the client gives up on the request.
    const silent = http.createServer((req) => {
      asked++
      req.socket.once('close', onClosed)
    })
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    try {
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/team.git`
      await call(a, 'sync.configure', { remote: url })
      const head = (await call(a, 'sync.settings', {})).head
      await setTenderNo(a, 'ZB-3')
      const t0 = Date.now()
      await syncOnClose(a, 1_000)
      expect(asked).toBeGreaterThan(0) // the sync was waiting on the server when the bound came
      // It was stopped, not left running behind the workspace about to close: its request was aborted.
      expect(runningSyncs()).toBe(0)
      await closed
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
