/**
 * Issue 18, finding 8, against fakes of the Electron pieces: start-up failures after whenReady show a dialog and
 * exit non-zero; the renderer URL override works only in development builds; the IPC sender check compares
 * origins exactly; the browser is never opened with the token on its command line.
 */
import { describe, expect, it } from 'vitest'
import { isOurPage, makeSenderCheck } from '@main/ipc'
import { devRendererUrl, runStartup } from '@main/startup'
import { openBrowser } from '@web/open'
import { AppError } from '@shared/errors'

function fakeUi() {
  const calls: string[] = []
  return {
    calls,
    ui: {
      showErrorBox: (title: string, content: string) => calls.push(`dialog ${title} | ${content}`),
      exit: (code: number) => calls.push(`exit ${code}`),
      log: () => undefined,
    },
  }
}

describe('start-up failures', () => {
  it('a typed failure: a dialog with the Chinese and English message, then exit(1)', async () => {
    const { calls, ui } = fakeUi()
    const ok = await runStartup(async () => {
      throw new AppError('LOCKED', { zh: '进程 42', en: 'process 42' })
    }, ui)
    expect(ok).toBe(false)
    expect(calls).toHaveLength(2)
    expect(calls[0]).toMatch(/^dialog BidBench 无法启动 \/ BidBench cannot start \| /)
    expect(calls[0]).toContain('工作区正被另一个进程使用：进程 42')
    expect(calls[0]).toContain('The workspace is in use by another process: process 42')
    expect(calls[1]).toBe('exit 1')
  })

  it('an untyped failure (the window cannot load its page) still shows a dialog and exits 1', async () => {
    const { calls, ui } = fakeUi()
    await runStartup(() => Promise.reject(new Error('ERR_FILE_NOT_FOUND (-6) loading index.html')), ui)
    expect(calls[0]).toContain('ERR_FILE_NOT_FOUND')
    expect(calls[1]).toBe('exit 1')
  })

  it('exits even when the dialog itself fails', async () => {
    const calls: string[] = []
    await runStartup(() => Promise.reject(new Error('x')), {
      showErrorBox: () => {
        throw new Error('no display')
      },
      exit: (c) => calls.push(`exit ${c}`),
      log: () => undefined,
    }).catch(() => undefined)
    expect(calls).toEqual(['exit 1'])
  })

  it('a successful start shows nothing and does not exit', async () => {
    const { calls, ui } = fakeUi()
    expect(await runStartup(async () => undefined, ui)).toBe(true)
    expect(calls).toEqual([])
  })
})

describe('renderer URL override', () => {
  const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
  it('is ignored in a packaged build', () => {
    expect(devRendererUrl(env, true)).toBeNull()
  })
  it('is honoured in development, loopback http only', () => {
    expect(devRendererUrl(env, false)).toBe('http://localhost:5173/')
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeNull()
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false)).toBeNull()
    expect(devRendererUrl({}, false)).toBeNull()
  })
})

describe('IPC sender origin', () => {
  const dev = ['http://localhost:5173']
  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/#/bids/b1', true],
    ['http://localhost:51730/', false],
    ['http://localhost:5173.evil.example/', false],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['not a url', false],
  ])('dev server: %s → %s', (url, ok) => {
    expect(isOurPage(url, dev)).toBe(ok)
  })

  it('file: our index.html only (its hash routes are ours), not a sibling or a longer name', () => {
    const ours = ['file:///app/out/renderer/index.html']
    expect(isOurPage('file:///app/out/renderer/index.html#/matrices', ours)).toBe(true)
    expect(isOurPage('file:///app/out/renderer/index.html.evil', ours)).toBe(false)
    expect(isOurPage('file:///app/out/renderer/other.html', ours)).toBe(false)
    expect(isOurPage('file:///tmp/index.html', ours)).toBe(false)
  })

  it('the sender check needs our window and our page', () => {
    const check = makeSenderCheck(() => 7, dev)
    expect(check({ sender: { id: 7 }, senderFrame: { url: 'http://localhost:5173/' } })).toBe(true)
    expect(check({ sender: { id: 7 }, senderFrame: { url: 'http://localhost:51730/' } })).toBe(false)
    expect(check({ sender: { id: 8 }, senderFrame: { url: 'http://localhost:5173/' } })).toBe(false)
  })
})

describe('opening the browser', () => {
  it('passes the one-time launch URL, never the token, to the opener', () => {
    const spawned: string[][] = []
    const fake = (cmd: string, args: string[]) => {
      spawned.push([cmd, ...args])
      return { on: () => undefined, unref: () => undefined }
    }
    openBrowser('http://127.0.0.1:4000/launch/abcdefghijklmnopqrstuvwx', fake, 'linux')
    expect(spawned).toEqual([['xdg-open', 'http://127.0.0.1:4000/launch/abcdefghijklmnopqrstuvwx']])
    expect(() => openBrowser('http://127.0.0.1:4000/?token=secret', fake, 'linux')).toThrow(/token/)
    expect(spawned).toHaveLength(1)
  })
})
