import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { InputOf, MethodName, OutputOf } from '@shared/contract'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import { writeSettings } from '@services/sync/config'
import { FolderRemote } from '@services/sync/transport'

/** A contract method as every transport calls it; a failure fails the test with its code. */
export async function call<M extends MethodName>(
  ctx: AppContext,
  m: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const r = await dispatch(ctx, m, input)
  if (!r.ok) throw new Error(`${m}: ${r.error.code} ${r.error.message.en}`)
  return r.value as OutputOf<M>
}

/** The error code a method answers with ('ok' when it succeeds). */
export async function errorOf<M extends MethodName>(
  ctx: AppContext,
  m: M,
  input: InputOf<M>,
): Promise<string> {
  const r = await dispatch(ctx, m, input)
  return r.ok ? 'ok' : r.error.code
}

/**
 * Two machines of a team on one shared-folder remote, for the sync tests that follow one bid between them: each
 * test gets a fresh temp folder, and every context opened is closed after it.
 */
export function useTwoMachines(prefix: string) {
  let tmp = ''
  const ctxs: AppContext[] = []
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), prefix))
  })
  afterEach(async () => {
    for (const c of ctxs.splice(0)) await c.close()
    await fs.rm(tmp, { recursive: true, force: true })
  })
  return {
    tmp: () => tmp,
    /**
     * 张三 (a) and 李四 (b), each with bid b1 made of `bid`; a pushed it first (automatic sync as given), b cloned it.
     * Returns both contexts and the remote's path.
     */
    async start(
      bid: { quote?: { bidLetterPrice: number }; tenderNo?: string },
      opts: { auto?: boolean } = {},
    ): Promise<[AppContext, AppContext, string]> {
      const remote = path.join(tmp, 'share.git')
      await FolderRemote.create(remote)
      const ws = await createWorkspace(path.join(tmp, 'a'), { name: '团队' })
      await ws.create('bids', { title: '市医院', ...bid, id: 'b1' })
      await ws.close()
      const a = new AppContext('cli', path.join(tmp, 'home-a'))
      const b = new AppContext('cli', path.join(tmp, 'home-b'))
      ctxs.push(a, b)
      await a.open(path.join(tmp, 'a'))
      await call(a, 'sync.configure', { remote, user: '张三', ...opts })
      await call(a, 'sync.run', {})
      await call(b, 'sync.clone', { remote, dir: path.join(tmp, 'b') })
      await writeSettings(path.join(tmp, 'b'), { user: '李四' })
      return [a, b, remote]
    },
  }
}
