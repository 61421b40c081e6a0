/**
 * Closing the desktop window waits for the page's pending save (#15). The Electron binary is not installed
 * here, so the two processes are joined by an in-memory stand-in for Electron's IPC and window close; both
 * halves are the shipped code: the main process's guardCloseUntilFlushed with the real sender check, the
 * preload's makeLifecycleBridge, the renderer's flush registry, and an editor flush that saves a real
 * document through the same dispatcher the IPC handlers use. The file on disk is read at the instant the
 * window really closes.
 */
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { writeDemoData } from '@services/demo'
import { createWorkspace } from '@services/store'
import { guardCloseUntilFlushed } from '../../electron/main/close-flush'
import { makeSenderCheck, type IpcEventLike } from '../../electron/main/ipc'
import { FLUSH_DONE, FLUSH_REQUEST, makeLifecycleBridge } from '@shared/lifecycle'
import { connectCloseFlush, registerFlusher } from '@renderer/app/flush-on-close'

const PAGE = 'file:///opt/bidbench/renderer/index.html'
const WINDOW_ID = 7

/** Electron's window close and IPC as the guard and the preload see them; messages cross asynchronously. */
function desktop(onReallyClosed: () => void) {
  const mainIpc = new EventEmitter()
  const rendererIpc = new EventEmitter()
  const requests: string[] = []
  let closed = false
  const win = Object.assign(new EventEmitter(), {
    isDestroyed: () => closed,
    close() {
      let prevented = false
      win.emit('close', { preventDefault: () => (prevented = true) })
      if (!prevented && !closed) {
        closed = true
        onReallyClosed()
      }
    },
    webContents: {
      send(channel: string, nonce: string) {
        requests.push(channel)
        setImmediate(() => rendererIpc.emit(channel, {}, nonce))
      },
    },
  })
  const fromPage = (id: number, url: string) => (channel: string, nonce: string) =>
    setImmediate(() =>
      mainIpc.emit(channel, { sender: { id }, senderFrame: { url } } satisfies IpcEventLike, nonce),
    )
  const rendererSide = {
    on: (channel: string, l: (e: unknown, nonce: string) => void) => rendererIpc.on(channel, l),
    send: fromPage(WINDOW_ID, PAGE),
  }
  return { win, mainIpc, rendererIpc, rendererSide, requests, fromPage, isClosed: () => closed }
}

/** Both halves wired as the app wires them: the page answers with flushAll, the main process guards the close. */
function wire(d: ReturnType<typeof desktop>, timeoutMs: number, log?: (m: string) => void) {
  connectCloseFlush(makeLifecycleBridge(d.rendererSide))
  guardCloseUntilFlushed(
    d.win,
    d.mainIpc,
    makeSenderCheck(() => WINDOW_ID, [PAGE]),
    { timeoutMs, log },
  )
}

let home: string
let ctx: AppContext
const cleanups: (() => void)[] = []

beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-close-flush-'))
  ctx = new AppContext('ipc', home)
  const ws = await createWorkspace(path.join(home, 'ws'), { name: '示例' })
  await writeDemoData(ws)
  await ctx.adopt(ws)
})
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await ctx.close()
  await fs.rm(home, { recursive: true, force: true })
})

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code}`)
  return r.value as T
}

describe('closing the desktop window', () => {
  it('waits for the page to save the pending edit, then closes; the edit is on disk at that instant', async () => {
    const file = path.join(home, 'ws', 'bids', 'bid-hospital-imaging.json')
    let onDiskAtClose = ''
    let closedResolve!: () => void
    const closedP = new Promise<void>((r) => (closedResolve = r))
    const d = desktop(() => {
      onDiskAtClose = readFileSync(file, 'utf8')
      closedResolve()
    })
    const order: string[] = []
    // The editor's pending edit (typed within the autosave pause) and its flush, as useDocEditor does it.
    const bid = await call<{ agency: string; updatedAt: string }>('bids.get', { id: 'bid-hospital-imaging' })
    const edited = { ...bid, agency: '浙江某招标代理有限公司（关窗前一刻的修改）' }
    cleanups.push(
      registerFlusher(async () => {
        order.push('save started')
        await call('bids.save', { doc: edited, expectedUpdatedAt: bid.updatedAt })
        order.push('saved')
      }),
    )
    wire(d, 60_000)

    d.win.close()
    expect(d.isClosed()).toBe(false)
    expect(d.requests).toEqual([FLUSH_REQUEST])
    d.win.close() // a second click while saving does not ask again
    await closedP
    order.push('closed')
    expect(order).toEqual(['save started', 'saved', 'closed'])
    expect(d.requests).toEqual([FLUSH_REQUEST])
    expect(JSON.parse(onDiskAtClose).agency).toBe('浙江某招标代理有限公司（关窗前一刻的修改）')
  })

  it('is bounded: a page that never answers (or only a foreign page answering) does not keep the window open', async () => {
    let closedResolve!: () => void
    const closedP = new Promise<void>((r) => (closedResolve = r))
    const d = desktop(() => closedResolve())
    const logs: string[] = []
    cleanups.push(registerFlusher(() => new Promise<void>(() => undefined))) // a hung save
    wire(d, 300, (m) => logs.push(m))
    // Another frame echoing every request with its nonce is not our page: it cannot release the close.
    let foreignAnswered = false
    d.rendererIpc.on(FLUSH_REQUEST, (_e: unknown, nonce: string) => {
      d.fromPage(WINDOW_ID, 'https://evil.example/')(FLUSH_DONE, nonce)
      d.fromPage(WINDOW_ID + 1, PAGE)(FLUSH_DONE, nonce)
      setImmediate(() => setImmediate(() => (foreignAnswered = true)))
    })
    d.win.close()
    await expect.poll(() => foreignAnswered).toBe(true)
    expect(d.isClosed()).toBe(false)
    await closedP
    expect(logs.join('\n')).toMatch(/did not confirm saving within 300 ms/)
    // Once released, a close is a close.
    expect(d.isClosed()).toBe(true)
  })

  it('closes as soon as the page answers even when its save failed (the draft kept on pagehide still holds the edit)', async () => {
    let closedResolve!: () => void
    const closedP = new Promise<void>((r) => (closedResolve = r))
    const d = desktop(() => closedResolve())
    cleanups.push(registerFlusher(() => Promise.reject(new Error('disk full'))))
    wire(d, 60_000)
    d.win.close()
    await closedP
    expect(d.isClosed()).toBe(true)
  })
})
