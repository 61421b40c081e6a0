/**
 * `sync_one_edit`: a workspace of 2,000 bids syncs one edited bid (BidBench's 同步 over a shared-folder
 * remote: scan, commit, fetch, push) ÷ git itself committing and pushing that one file (`git add`,
 * `git commit`, `git push` to a bare repository) in a clone of the same workspace. The edits are made
 * untimed before each side.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { openWorkspace } from '@services/store'
import { syncWorkspace } from '@services/sync/engine'
import { writeSettings } from '@services/sync/config'
import { BIG, buildWorkspace } from './store'
import { median, round, unavailable, type Metric } from './harness'

const EDITED = 'bid-edited'
const noAuth = async () => null

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', args, { cwd, stdio: 'ignore' })
}

export async function syncOneEdit(root: string, reps: number): Promise<Metric> {
  if (!hasGit()) return unavailable('sync_one_edit', 2, 'git is not installed (the baseline is git itself)')
  const dir = path.join(root, 'ws-sync')
  await buildWorkspace(dir, BIG)
  // Files older than the scan's racy window, as in a workspace that was not written this second.
  const past = new Date(Date.now() - 60_000)
  for (const name of await fs.readdir(path.join(dir, 'bids')))
    await fs.utimes(path.join(dir, 'bids', name), past, past)
  const appRemote = path.join(root, 'app-remote.git')
  const gitRemote = path.join(root, 'git-remote.git')
  git(root, 'init', '-q', '--bare', '-b', 'main', gitRemote)
  const ws = await openWorkspace(dir)
  try {
    await writeSettings(dir, { user: 'bench', remote: appRemote })
    await syncWorkspace(ws, { auth: noAuth })
    // The baseline: the same files in a plain git clone pushing to its own bare repository.
    const plain = path.join(root, 'git-side')
    git(root, 'clone', '-q', appRemote, plain)
    git(plain, 'remote', 'set-url', 'origin', gitRemote)
    git(plain, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'push', '-q', 'origin', 'main')
    const file = path.join('bids', `${EDITED}.json`)
    let n = 0
    const editApp = async () => {
      const doc = await ws.get('bids', EDITED)
      await ws.save('bids', { ...doc, notes: `修改 ${++n}` })
    }
    const editGit = async () => {
      const text = await fs.readFile(path.join(plain, file), 'utf8')
      await fs.writeFile(path.join(plain, file), text.replace(/"notes": "[^"]*"/, `"notes": "修改 ${++n}"`))
    }
    const app = async () => {
      const r = await syncWorkspace(ws, { auth: noAuth })
      if (!r.pushed) throw new Error('sync did not push')
    }
    const plainGit = () => {
      git(plain, 'add', file)
      git(plain, '-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', 'edit')
      git(plain, 'push', '-q', 'origin', 'main')
    }
    const ta: number[] = []
    const tb: number[] = []
    for (let i = 0; i < reps + 2; i++) {
      await editApp()
      const t0 = performance.now()
      await app()
      const t1 = performance.now()
      await editGit()
      const t2 = performance.now()
      plainGit()
      const t3 = performance.now()
      if (i >= 2) {
        ta.push(t1 - t0)
        tb.push(t3 - t2)
      }
    }
    return {
      name: 'sync_one_edit',
      ratio: round(median(ta) / median(tb)),
      target: 2,
      raw: {
        syncMedianMs: round(median(ta), 3),
        gitCommitPushMedianMs: round(median(tb), 3),
        bids: BIG,
        reps,
        remote: 'shared-folder bare repository',
      },
      available: true,
    }
  } finally {
    await ws.close()
  }
}
