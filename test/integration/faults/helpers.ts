/**
 * Shared by the fault tests: a pre-bundled writer child (so 200 kills do not pay tsx's start-up 200
 * times), line-oriented access to its stdout, and temp workspaces.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { build } from 'esbuild'
import { createWorkspace } from '@services/store'
import { AppError } from '@shared/errors'

const here = path.dirname(fileURLToPath(import.meta.url))
const execFileP = promisify(execFile)

/**
 * How to start a writer child: `node <args…> <dir> <mode> …`. writer.ts is bundled into one CommonJS
 * file and, where this Node supports it, baked into a V8 start-up snapshot, so the 200 children of the
 * kill test cost ~0.2 s of CPU each instead of ~1 s through tsx.
 */
export async function bundleWriter(outDir: string): Promise<string[]> {
  const outfile = path.join(outDir, 'writer.cjs')
  await build({
    entryPoints: [path.join(here, 'writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    outfile,
    logLevel: 'error',
  })
  const blob = path.join(outDir, 'writer.blob')
  try {
    await execFileP(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', outfile], { cwd: outDir })
    return ['--snapshot-blob', blob]
  } catch {
    return [outfile]
  }
}

/**
 * A folder for temp workspaces. /dev/shm (tmpfs) when writable: a kill -9 tests atomicity against
 * process death, for which the page cache survives and fsync latency only slows the run down.
 */
export async function fastTmpDir(prefix: string): Promise<string> {
  for (const base of ['/dev/shm', os.tmpdir()]) {
    try {
      return await fs.mkdtemp(path.join(base, prefix))
    } catch {
      /* try the next */
    }
  }
  throw new Error('no writable temp folder')
}

/** A workspace holding bids with the given ids, each titled `n=0`. */
export async function makeWorkspace(dir: string, ids: string[]): Promise<void> {
  const ws = await createWorkspace(dir, { name: 'fault test' })
  for (const id of ids) await ws.create('bids', { id, title: 'n=0' })
  await ws.close()
}

export interface Child {
  proc: ChildProcess
  lines: string[]
  /** Resolves with the first line (seen so far or later) that matches, or rejects when the child exits first. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<string>
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

export function spawnWriter(
  writer: string[],
  args: string[],
  opts: { stdin?: boolean; uid?: number; seed?: number } = {},
): Child {
  const proc = spawn(process.execPath, [...writer, ...args], {
    stdio: [opts.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    uid: opts.uid,
    // The writer's retry jitter (while another process holds the lock) is drawn from this seed.
    env: opts.seed === undefined ? process.env : { ...process.env, BB_WRITER_SEED: String(opts.seed) },
  })
  const lines: string[] = []
  const waiters: { re: RegExp; resolve: (l: string) => void }[] = []
  let buf = ''
  let stderr = ''
  proc.stdout!.setEncoding('utf8')
  proc.stdout!.on('data', (chunk: string) => {
    buf += chunk
    let nl: number
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl)
      buf = buf.slice(nl + 1)
      lines.push(line)
      for (const w of [...waiters]) {
        if (w.re.test(line)) {
          waiters.splice(waiters.indexOf(w), 1)
          w.resolve(line)
        }
      }
    }
  })
  proc.stderr!.setEncoding('utf8')
  proc.stderr!.on('data', (c: string) => (stderr += c))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return {
    proc,
    lines,
    exited,
    waitFor(re, timeoutMs = 20_000) {
      const seen = lines.find((l) => re.test(l))
      if (seen) return Promise.resolve(seen)
      return new Promise((resolve, reject) => {
        const t = setTimeout(
          () => reject(new Error(`timeout waiting for ${re}; lines: ${lines.join(' | ')}`)),
          timeoutMs,
        )
        waiters.push({
          re,
          resolve: (l) => {
            clearTimeout(t)
            resolve(l)
          },
        })
        void exited.then(({ code, signal }) => {
          clearTimeout(t)
          reject(
            new Error(
              `writer exited (${code ?? signal}) before ${re}; lines: ${lines.join(' | ')}; stderr: ${stderr}`,
            ),
          )
        })
      })
    },
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Counter stored in a bid title `n=<k>` by writer.ts. */
export function counterOf(title: string): number {
  const m = /^n=(\d+)$/.exec(title)
  if (!m) throw new Error(`not a counter title: ${JSON.stringify(title)}`)
  return Number(m[1])
}

/** Every file below dir whose name marks it as an unfinished durable write. */
export async function tempFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && e.name.endsWith('.tmp')) out.push(path.join(e.parentPath ?? e.path, e.name))
  }
  return out
}

/**
 * CPU seconds used so far by this process and its reaped children (from /proc), to judge the run's cost
 * independently of how loaded the machine is. Null where /proc is missing.
 */
export async function cpuSeconds(): Promise<{ self: number; children: number } | null> {
  try {
    const stat = await fs.readFile('/proc/self/stat', 'utf8')
    // Fields after the ")" closing the command name: utime is field 14, stime 15, cutime 16, cstime 17.
    const f = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number)
    const hz = 100
    return { self: (f[11] + f[12]) / hz, children: (f[13] + f[14]) / hz }
  } catch {
    return null
  }
}

/** Mounts a 1 MB tmpfs at `at` (root only); false where this machine does not allow it. */
export function canMountTmpfs(at: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m,mode=0755', 'tmpfs', at], { stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}

/** Writes `file` page by page until the file system is full; returns its size. */
export async function fillDisk(file: string): Promise<number> {
  const h = await fs.open(file, 'w')
  const chunk = Buffer.alloc(4096, 1)
  for (;;) {
    try {
      await h.write(chunk)
    } catch {
      break
    }
  }
  await h.close()
  return (await fs.stat(file)).size
}

/** The AppError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  if (!(e instanceof AppError))
    throw new Error(`expected an AppError, got ${e === null ? 'success' : String(e)}`)
  return e
}
