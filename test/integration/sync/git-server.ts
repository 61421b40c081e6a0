import { spawn, execFileSync } from 'node:child_process'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import * as path from 'node:path'

/** Debian's git ships the CGI here; `git --exec-path` finds it elsewhere. */
export function httpBackendPath(): string {
  const exec = execFileSync('git', ['--exec-path'], { encoding: 'utf8' }).trim()
  return path.join(exec, 'git-http-backend')
}

export interface GitServer {
  url(repo: string): string
  close(): Promise<void>
  requests: number
}

/**
 * A real git server for tests: `git http-backend` (smart HTTP, as behind Apache or nginx) run as CGI
 * by a Node HTTP server on 127.0.0.1, with HTTP basic auth.
 */
export async function startGitServer(root: string, user = 'team', password = 's3cret'): Promise<GitServer> {
  const backend = httpBackendPath()
  const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  const server = http.createServer((req, res) => {
    state.requests++
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' })
      res.end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const cgi = spawn(backend, [], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: user,
        REMOTE_ADDR: '127.0.0.1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
      },
    })
    req.pipe(cgi.stdin)
    let head = Buffer.alloc(0)
    let headersDone = false
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) return void res.write(chunk)
      head = Buffer.concat([head, chunk])
      let sep = head.indexOf('\r\n\r\n')
      let sepLen = 4
      if (sep < 0) {
        sep = head.indexOf('\n\n')
        sepLen = 2
      }
      if (sep < 0) return
      headersDone = true
      let status = 200
      const headers: Record<string, string> = {}
      for (const line of head.subarray(0, sep).toString('latin1').split(/\r?\n/)) {
        const i = line.indexOf(':')
        if (i < 0) continue
        const k = line.slice(0, i).trim()
        const v = line.slice(i + 1).trim()
        if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0])
        else headers[k] = v
      }
      res.writeHead(status, headers)
      res.write(head.subarray(sep + sepLen))
    })
    cgi.stderr.resume()
    cgi.on('close', () => {
      if (!headersDone) res.writeHead(500)
      res.end()
    })
  })
  const state = { requests: 0 }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: (repo) => `http://127.0.0.1:${port}/${repo}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    get requests() {
      return state.requests
    },
  }
}

/** An empty bare repository on the server (made with the system git, as a server admin would). */
export function createBareRepo(root: string, name: string): void {
  execFileSync('git', ['init', '--bare', '-q', '-b', 'main', path.join(root, name)])
  execFileSync('git', ['-C', path.join(root, name), 'config', 'http.receivepack', 'true'])
}
