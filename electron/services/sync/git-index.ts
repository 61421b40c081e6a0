import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { gitdirOf } from './config'
import type { Flat } from './repo'
import { scanWorktree } from './worktree'

/**
 * Keeps .git/index in step with HEAD, so that a system `git status` in a synced workspace says what really
 * differs from the last sync (nothing, right after one) instead of every file staged as deleted. The sync
 * itself never reads the index: it commits from its own scan of the work tree.
 *
 * Each file of HEAD gets an entry with HEAD's blob id. A file whose content in the work tree is that blob gets
 * its real stat data, so git trusts it without reading it; any other gets zero stat data, so git reads it and
 * reports it modified (or deleted when it is gone). Format: git's index version 2.
 */
export async function writeGitIndex(root: string, head: Flat): Promise<void> {
  const gitdir = gitdirOf(root)
  const work = await scanWorktree(root)
  const entries: Buffer[] = []
  for (const p of [...head.keys()].sort(byGitOrder)) {
    const oid = head.get(p)!
    const st =
      work.get(p) === oid
        ? await fs.stat(path.join(root, ...p.split('/')), { bigint: true }).catch(() => null)
        : null
    entries.push(entry(p, oid, st))
  }
  const header = Buffer.alloc(12)
  header.write('DIRC', 0, 'latin1')
  header.writeUInt32BE(2, 4)
  header.writeUInt32BE(entries.length, 8)
  const body = Buffer.concat([header, ...entries])
  const data = Buffer.concat([body, createHash('sha1').update(body).digest()])
  // git's own protocol: whoever holds index.lock writes the index. A git command running right now wins.
  const lock = path.join(gitdir, 'index.lock')
  let fh: fs.FileHandle
  try {
    fh = await fs.open(lock, 'wx')
  } catch {
    return
  }
  try {
    await fh.writeFile(data)
    await fh.sync()
  } catch (e) {
    await fh.close()
    await fs.rm(lock, { force: true })
    throw e
  }
  await fh.close()
  await fs.rename(lock, path.join(gitdir, 'index'))
}

/** git sorts index entries by the bytes of their paths. */
function byGitOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b))
}

const u32 = (n: bigint) => Number(BigInt.asUintN(32, n))

function entry(p: string, oid: string, st: import('node:fs').BigIntStats | null): Buffer {
  const name = Buffer.from(p)
  // 62 bytes of fixed fields, the path, then 1–8 NULs to a multiple of 8.
  const size = Math.ceil((62 + name.length + 1) / 8) * 8
  const b = Buffer.alloc(size)
  if (st) {
    b.writeUInt32BE(u32(st.ctimeNs / 1_000_000_000n), 0)
    b.writeUInt32BE(u32(st.ctimeNs % 1_000_000_000n), 4)
    b.writeUInt32BE(u32(st.mtimeNs / 1_000_000_000n), 8)
    b.writeUInt32BE(u32(st.mtimeNs % 1_000_000_000n), 12)
    b.writeUInt32BE(u32(st.dev), 16)
    b.writeUInt32BE(u32(st.ino), 20)
    b.writeUInt32BE(u32(st.uid), 28)
    b.writeUInt32BE(u32(st.gid), 32)
    b.writeUInt32BE(u32(st.size), 36)
  }
  b.writeUInt32BE(0o100644, 24)
  Buffer.from(oid, 'hex').copy(b, 40)
  b.writeUInt16BE(Math.min(name.length, 0xfff), 60)
  name.copy(b, 62)
  return b
}
