/**
 * web_first_start: a fresh copy of the repository after the install step, `npm run web` until it prints its URL
 * (the first start) ÷ the same command again in that copy (the second start). The install's download is the
 * shared node_modules (linked); its build step is `scripts/prepare.mjs`, what `npm install` runs. Each copy gets a
 * fresh TMPDIR (cold tsx/vite caches) and a fresh BIDBENCH_HOME (the first start creates the sample workspace, as
 * for a new user). The pair is repeated `reps` times, each in a new copy; the ratio is of the medians.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { median, round, type Metric } from './harness'

const run = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const WEB_FIRST_START_TARGET = 2

export interface Started {
  url: string
  /** Milliseconds from the spawn to the printed URL. */
  ms: number
  stop: () => Promise<void>
}

/**
 * Spawns a command in its own process group and resolves once it prints `BidBench running at <url>`; stop()
 * ends the whole group (npm → node → the server) and waits for it.
 */
export async function startUntilUrl(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Started> {
  const t0 = performance.now()
  const child: ChildProcess = spawn(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return // already gone
    }
    await exited
  }
  let out = ''
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no URL within ${opts.timeoutMs ?? 120_000} ms: ${out}`)),
        opts.timeoutMs ?? 120_000,
      )
      child.stdout!.on('data', (d) => {
        out += d
        const m = /BidBench running at (\S+)/.exec(out)
        if (m) {
          clearTimeout(timer)
          resolve(m[1])
        }
      })
      child.stderr!.on('data', (d) => (out += d))
      child.once('exit', (code) => reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${out}`)))
    })
    return { url, ms: performance.now() - t0, stop }
  } catch (e) {
    await stop()
    throw e
  }
}

/** The repository's files as a checkout has them (tracked and new, not ignored), copied into `dest`. */
async function freshCopy(dest: string): Promise<void> {
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repo,
    maxBuffer: 64 * 1024 * 1024,
  })
  const files = stdout.split('\0').filter((f) => f && existsSync(path.join(repo, f)))
  for (const f of files) {
    await fs.mkdir(path.dirname(path.join(dest, f)), { recursive: true })
    await fs.copyFile(path.join(repo, f), path.join(dest, f))
  }
  await fs.chmod(path.join(dest, 'bin/bidbench'), 0o755)
  await fs.symlink(path.join(repo, 'node_modules'), path.join(dest, 'node_modules'))
}

async function startOnce(copy: string, env: NodeJS.ProcessEnv): Promise<number> {
  const s = await startUntilUrl('npm', ['run', 'web', '--', '--no-open', '--port', '0'], { cwd: copy, env })
  try {
    // The printed URL must serve the app, or the figure is of a server that does not work.
    const res = await fetch(s.url)
    const html = await res.text()
    if (!res.ok || !html.includes('<div id="root"')) throw new Error(`${s.url} answered ${res.status}`)
    return s.ms
  } finally {
    await s.stop()
  }
}

export async function webFirstStart(root: string, reps: number): Promise<Metric> {
  const first: number[] = []
  const second: number[] = []
  let installMs = 0
  for (let i = 0; i < reps; i++) {
    const dir = path.join(root, `web-start-${i}`)
    const copy = path.join(dir, 'bidbench')
    await freshCopy(copy)
    const tmp = path.join(dir, 'tmp')
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp, BIDBENCH_HOME: path.join(dir, 'home') }
    delete env.BIDBENCH_TEMPLATES_DIR
    await fs.mkdir(tmp, { recursive: true })
    const t0 = performance.now()
    await run(process.execPath, ['scripts/prepare.mjs'], { cwd: copy, env })
    installMs = Math.max(installMs, performance.now() - t0)
    first.push(await startOnce(copy, env))
    second.push(await startOnce(copy, env))
    await fs.rm(dir, { recursive: true, force: true })
  }
  return {
    name: 'web_first_start',
    ratio: round(median(first) / median(second)),
    target: WEB_FIRST_START_TARGET,
    raw: {
      firstStartMedianMs: round(median(first), 1),
      secondStartMedianMs: round(median(second), 1),
      firstStartsMs: first.map((x) => round(x, 0)),
      secondStartsMs: second.map((x) => round(x, 0)),
      installBuildMaxMs: round(installMs, 0),
      reps,
    },
    available: true,
  }
}
