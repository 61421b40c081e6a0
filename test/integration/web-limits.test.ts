/**
 * Issue 18, finding 7: a malformed percent-encoding in the URL and a pathologically deep JSON body used to answer
 * 500 (an exception inside the handler); they are bad requests: 400 with a typed error, and the server goes on.
 * The same depth limit holds for IPC, which hands the dispatcher structured clones instead of JSON text.
 */
import * as fs from 'node:fs/promises'
import * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import { MAX_JSON_DEPTH, jsonTextDepth, valueDepth } from '@shared/json-limits'
import { startWebServer, type WebServer } from '@web/server'

let dir: string
let ctx: AppContext
let server: WebServer

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-weblim-'))
  await fs.mkdir(path.join(dir, 'static'))
  await fs.writeFile(path.join(dir, 'static', 'index.html'), '<!doctype html><title>BidBench</title>')
  ctx = new AppContext('http', path.join(dir, 'home'))
  await ctx.adopt(await createWorkspace(path.join(dir, 'ws'), { name: 'limits' }))
  server = await startWebServer({ ctx, staticDir: path.join(dir, 'static') })
})
afterAll(async () => {
  await server.close()
  await ctx.close()
  await fs.rm(dir, { recursive: true, force: true })
})

/** Raw HTTP: the path goes on the wire exactly as written (fetch would re-encode it). */
function request(p: string, method = 'GET', body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: p,
        method,
        headers: {
          host: `127.0.0.1:${server.port}`,
          authorization: `Bearer ${server.token}`,
          'content-type': 'application/json',
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () => resolve({ status: res.statusCode!, body: text }))
      },
    )
    req.on('error', reject)
    if (body) req.write(body)
    req.end()
  })
}

describe('bad requests are 400 with a typed error', () => {
  it.each(['/%E0%A4%A', '/assets/%ZZ.js', '/api/app.%E0%A4%A'])('GET/POST %s', async (p) => {
    const r = await request(p, p.startsWith('/api/') ? 'POST' : 'GET')
    expect(r.status).toBe(400)
    expect(JSON.parse(r.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { reason: 'MALFORMED_URI' } },
    })
  })

  it('a 100,000-deep JSON body', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const r = await request('/api/bids.list', 'POST', deep)
    expect(r.status).toBe(400)
    const err = JSON.parse(r.body).error
    expect(err).toMatchObject({ code: 'VALIDATION', details: { reason: 'JSON_TOO_DEEP' } })
    expect(err.message.zh).toMatch(/^输入不合法/)
  })

  it('brackets inside strings do not count; broken JSON is JSON_SYNTAX', async () => {
    expect(jsonTextDepth(JSON.stringify({ title: '['.repeat(1000) }))).toBe(1)
    const r = await request('/api/bids.list', 'POST', '{"a": ')
    expect(r.status).toBe(400)
    expect(JSON.parse(r.body).error.details).toEqual({ reason: 'JSON_SYNTAX' })
  })

  it('the server keeps answering afterwards', async () => {
    const r = await request('/api/app.info', 'POST', '{}')
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'BidBench' } })
  })
})

describe('the dispatcher (IPC path)', () => {
  it('refuses input nested deeper than the limit before any schema runs', async () => {
    let v: unknown = []
    for (let i = 0; i < 100_000; i++) v = [v]
    expect(valueDepth(v)).toBe(MAX_JSON_DEPTH + 1)
    const r = await dispatch(ctx, 'bids.create', { title: 'x', notes: v })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'TOO_DEEP' } } })
  })

  it('says what is wrong with the input in both languages: an empty upload, a missing title', async () => {
    const empty = await dispatch(ctx, 'tender.importPreview', {
      files: [{ name: '招标文件.docx', dataBase64: '' }],
    })
    expect(empty).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: {
          zh: '输入不合法：files.0.dataBase64: 文件为空',
          en: 'Invalid input: files.0.dataBase64: the file is empty',
        },
      },
    })
    const untitled = await dispatch(ctx, 'bids.create', { title: '' })
    expect(untitled).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (untitled.ok) return
    expect(untitled.error.message.zh).toMatch(/^输入不合法：title: .*[\u4e00-\u9fff]/u)
    expect(untitled.error.message.en).not.toMatch(/[\u4e00-\u9fff]/u)
  })
})

describe('one-time launch URL (the browser is never opened with the token)', () => {
  it('holds no token, is exchanged once for an HttpOnly cookie that then authorises the API', async () => {
    const launch = server.launchUrl()
    expect(launch).not.toContain(server.token)
    const p = new URL(launch).pathname
    const first = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get(
          { host: '127.0.0.1', port: server.port, path: p, headers: { host: `127.0.0.1:${server.port}` } },
          resolve,
        )
        .on('error', reject),
    )
    first.resume()
    expect(first.statusCode).toBe(303)
    const cookie = String(first.headers['set-cookie'])
    expect(cookie).toMatch(/^bb_session=[^;]+; HttpOnly; SameSite=Strict; Path=\//)
    expect((await request(p)).status).toBe(401)
    const session = cookie.split(';')[0]
    const res = await fetch(`http://127.0.0.1:${server.port}/api/app.info`, {
      method: 'POST',
      headers: { cookie: session, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(res.status).toBe(200)
    const wrong = await fetch(`http://127.0.0.1:${server.port}/api/app.info`, {
      method: 'POST',
      headers: { cookie: 'bb_session=nope', 'content-type': 'application/json' },
      body: '{}',
    })
    expect(wrong.status).toBe(401)
  })
})
