import * as fs from 'node:fs/promises'
import * as http from 'node:http'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '@web/server'

let dir: string
let ctx: AppContext
let server: WebServer

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-web-'))
  await fs.mkdir(path.join(dir, 'static'))
  await fs.writeFile(path.join(dir, 'static', 'index.html'), '<!doctype html><title>BidBench</title>')
  ctx = new AppContext('http', path.join(dir, 'home'))
  await ctx.adopt(await createWorkspace(path.join(dir, 'ws'), { name: 'Web 测试' }))
  server = await startWebServer({ ctx, staticDir: path.join(dir, 'static') })
})
afterAll(async () => {
  await server.close()
  await ctx.close()
  await fs.rm(dir, { recursive: true, force: true })
})

/** Raw HTTP so Host and Origin can be set exactly as an attacker would. */
function request(opts: {
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: opts.path,
        method: opts.method ?? 'POST',
        headers: { host: `127.0.0.1:${server.port}`, ...opts.headers },
      },
      (res) => {
        let body = ''
        res.on('data', (d) => (body += d))
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    if (opts.body) req.write(opts.body)
    req.end()
  })
}
const auth = () => ({ authorization: `Bearer ${server.token}`, 'content-type': 'application/json' })

describe('browser mode security', () => {
  it('binds to 127.0.0.1 only', () => {
    expect(server.url.startsWith(`http://127.0.0.1:${server.port}/?token=`)).toBe(true)
  })

  it('answers 401 without the token or with a wrong one', async () => {
    expect((await request({ path: '/api/bids.list', body: '{}' })).status).toBe(401)
    const r = await request({ path: '/api/bids.list', body: '{}', headers: { authorization: 'Bearer nope' } })
    expect(r.status).toBe(401)
    expect(JSON.parse(r.body).error.code).toBe('UNAUTHORIZED')
  })

  it('answers 403 to a foreign Host (DNS rebinding) or a foreign Origin', async () => {
    expect(
      (await request({ path: '/api/bids.list', body: '{}', headers: { ...auth(), host: 'evil.example:80' } }))
        .status,
    ).toBe(403)
    expect(
      (
        await request({
          path: '/api/bids.list',
          body: '{}',
          headers: { ...auth(), origin: 'https://evil.example' },
        })
      ).status,
    ).toBe(403)
    expect(
      (await request({ path: '/', method: 'GET', headers: { host: `attacker.test:${server.port}` } })).status,
    ).toBe(403)
    const same = await request({
      path: '/api/bids.list',
      body: '{}',
      headers: { ...auth(), origin: `http://localhost:${server.port}`, host: `localhost:${server.port}` },
    })
    expect(same.status).toBe(200)
  })

  it('never sends CORS headers and sends the CSP', async () => {
    const r = await request({
      path: '/api/bids.list',
      body: '{}',
      headers: { ...auth(), origin: `http://127.0.0.1:${server.port}` },
    })
    expect(r.headers['access-control-allow-origin']).toBeUndefined()
    const page = await request({ path: '/', method: 'GET' })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
  })

  it('answers 413 to a body over the limit', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20)
    const r = await request({ path: '/api/bids.list', body: big, headers: auth() }).catch((e) => ({
      status: 413,
      body: String(e),
      headers: {},
    }))
    expect(r.status).toBe(413)
  })

  it('uses the same contract parsing and error codes as IPC', async () => {
    const bad = await request({
      path: '/api/bids.create',
      body: JSON.stringify({ title: 42 }),
      headers: auth(),
    })
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'VALIDATION' })
    const unknown = await request({ path: '/api/fs.readAnything', body: '{}', headers: auth() })
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_METHOD')
    const notJson = await request({ path: '/api/bids.list', body: '{oops', headers: auth() })
    expect(JSON.parse(notJson.body).error.code).toBe('VALIDATION')
    const made = await request({
      path: '/api/bids.create',
      body: JSON.stringify({ title: '浏览器模式新建' }),
      headers: auth(),
    })
    expect(JSON.parse(made.body)).toMatchObject({ ok: true, value: { title: '浏览器模式新建' } })
  })

  it('does not serve files outside the renderer folder', async () => {
    await fs.writeFile(path.join(dir, 'secret.txt'), 'top secret price 3,300,000')
    const r = await request({ path: '/../secret.txt', method: 'GET' })
    expect(r.body).not.toContain('top secret')
    const r2 = await request({ path: '/%2e%2e/secret.txt', method: 'GET' })
    expect(r2.body).not.toContain('top secret')
  })
})
