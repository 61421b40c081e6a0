/**
 * A child process for the fault tests: it opens a workspace as the writer and does one job, printing
 * one line per event on stdout so the parent knows exactly what was acknowledged before it killed us.
 *
 *   writer.ts <dir> loop <id,id,…>     save the documents round-robin forever, `ACK <id> <n>` after each save resolves
 *   writer.ts <dir> hold               open, print `READY <pid>`, keep the lock until stdin closes
 *   writer.ts <dir> try                open once: `OK <pid>` or `ERR <code> <details json>`
 *   writer.ts <dir> save <id> <title>  one save: `SAVED` or `ERR <code> <details json>`
 *   writer.ts <dir> inc <id> <k>       retry the open while LOCKED, then k read-modify-write increments: `DONE <pid>`;
 *                                      `enter <pid>` / `exit <pid>` are appended to <dir>.holders around the hold,
 *                                      so the parent can prove that no two processes held the lock at once
 *
 * The counter lives in the title as `n=<k>`.
 */
import { appendFileSync } from 'node:fs'
import * as v8 from 'node:v8'
import { createRng } from '@shared/domain/random'
import { isAppError } from '@shared/errors'
import { openWorkspace, type WorkspaceSession } from '@services/store'

/** Retry jitter while another process holds the lock: seeded by the test (BB_WRITER_SEED), one seed a child. */
const jitter = createRng(Number(process.env.BB_WRITER_SEED ?? process.pid))

function say(line: string): void {
  // stdout to a pipe is synchronous on Linux, so a printed ACK is in the parent's pipe before the next save starts.
  process.stdout.write(line + '\n')
}

function counterOf(title: string): number {
  const m = /^n=(\d+)$/.exec(title)
  return m ? Number(m[1]) : 0
}

async function bump(ws: WorkspaceSession, id: string): Promise<number> {
  const doc = await ws.get('bids', id)
  const n = counterOf(doc.title) + 1
  await ws.save('bids', { ...doc, title: `n=${n}` })
  return n
}

function fail(e: unknown): never {
  if (isAppError(e)) say(`ERR ${e.code} ${JSON.stringify({ en: e.en, details: e.details })}`)
  else say(`ERR THROWN ${JSON.stringify(String(e))}`)
  process.exit(3)
}

async function main([dir, mode, ...args]: string[]): Promise<void> {
  if (mode === 'loop') {
    const ids = args[0].split(',')
    const ws = await openWorkspace(dir).catch(fail)
    say(`OPEN ${process.pid}`)
    for (let i = 0; ; i++) {
      const id = ids[i % ids.length]
      const n = await bump(ws, id).catch(fail)
      say(`ACK ${id} ${n}`)
    }
  }
  if (mode === 'hold') {
    const ws = await openWorkspace(dir).catch(fail)
    say(`READY ${process.pid}`)
    process.stdin.resume()
    process.stdin.on('end', () => void ws.close().then(() => process.exit(0)))
    return
  }
  if (mode === 'try') {
    const ws = await openWorkspace(dir).catch(fail)
    say(`OK ${process.pid}`)
    await ws.close()
    return
  }
  if (mode === 'inc') {
    const [id, k] = [args[0], Number(args[1])]
    let ws: WorkspaceSession | null = null
    while (!ws) {
      try {
        ws = await openWorkspace(dir)
      } catch (e) {
        if (!isAppError(e) || e.code !== 'LOCKED') fail(e)
        await new Promise((r) => setTimeout(r, 2 + jitter() * 8))
      }
    }
    // O_APPEND writes of one short line are atomic, so the file is a true order of enters and exits.
    appendFileSync(`${dir}.holders`, `enter ${process.pid}\n`)
    for (let i = 0; i < k; i++) await bump(ws, id).catch(fail)
    appendFileSync(`${dir}.holders`, `exit ${process.pid}\n`)
    await ws.close()
    say(`DONE ${process.pid}`)
    return
  }
  if (mode === 'save') {
    const ws = await openWorkspace(dir).catch(fail)
    const doc = await ws.get('bids', args[0]).catch(fail)
    await ws.save('bids', { ...doc, title: args[1] }).catch(fail)
    say('SAVED')
    await ws.close()
    return
  }
  say(`ERR USAGE ${JSON.stringify(mode)}`)
  process.exit(2)
}

// helpers.ts builds a V8 start-up snapshot of this file (all modules already loaded) so each of the
// hundreds of children the kill test spawns starts in a fraction of the time; argv then has no script path.
if (v8.startupSnapshot?.isBuildingSnapshot()) {
  v8.startupSnapshot.setDeserializeMainFunction(() => void main(process.argv.slice(1)))
} else {
  void main(process.argv.slice(2))
}
