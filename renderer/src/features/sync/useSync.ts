import { message } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { OutputOf } from '@shared/contract'
import type { DocKind } from '@shared/schemas'
import { ApiError, call } from '@renderer/api/client'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { emitSynced, flushEditors, type SyncResult } from './bus'
import { L as LABELS } from './labels'
import { errorMessage } from '@renderer/api/error-text'
import { useI18n } from '@renderer/app/i18n'

export type SyncSettings = OutputOf<'sync.settings'>
export interface Login {
  username: string
  password: string
  remember?: boolean
}

/**
 * The workspace's sync: settings, the last result, a run that first saves every open editor and never
 * writes a document still being edited, and automatic runs on open and every N minutes when enabled.
 */
export function useSync(enabled: boolean) {
  const L = useLabels(LABELS)
  const { pick } = useI18n()
  const [settings, setSettings] = useState<SyncSettings | null>(null)
  const [last, setLast] = useState<SyncResult | null>(null)
  const [busy, setBusy] = useState(false)
  const [needLogin, setNeedLogin] = useState(false)
  const running = useRef<Promise<void> | null>(null)

  const reload = useCallback(async () => {
    if (!enabled) return setSettings(null)
    setSettings(await call('sync.settings', {}))
  }, [enabled])

  const run = useCallback(
    async (credentials?: Login, quiet = false): Promise<void> => {
      if (running.current) return running.current
      const job = (async () => {
        setBusy(true)
        try {
          const hold = (await flushEditors()) as { kind: DocKind; id: string }[]
          const r = await call('sync.run', { hold, credentials })
          setLast(r)
          emitSynced(r)
          if (!quiet || r.conflicts.length || r.deferred.length) {
            const pushed = r.pushed ? L.pushedYes : L.pushedNo
            if (r.offline) message.warning(L.offline)
            else message.success(fmt(L.pulledPushed, { pulled: r.pulled, pushed }))
            if (r.deferred.length)
              message.info(fmt(L.deferred, { docs: r.deferred.map((d) => `${d.kind}/${d.id}`).join('、') }))
          }
          void reload()
        } catch (e) {
          if (e instanceof ApiError && e.code === 'SYNC_AUTH') setNeedLogin(true)
          else if (!quiet) message.error(pick(errorMessage(e)))
        } finally {
          setBusy(false)
        }
      })()
      running.current = job
      await job
      running.current = null
    },
    [L, pick, reload],
  )

  useEffect(() => {
    void reload()
  }, [reload])

  const auto = settings?.enabled && settings.auto && settings.remote ? settings.minutes : 0
  useEffect(() => {
    if (!auto) return
    void run(undefined, true) // on open
    const timer = setInterval(() => void run(undefined, true), auto * 60_000)
    return () => clearInterval(timer)
  }, [auto, run])

  return { settings, last, busy, needLogin, setNeedLogin, run, reload }
}
