import { message } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { WorkspaceInfo } from '@shared/contract'
import type { CompanyProfile } from '@shared/schemas'
import { ApiError, call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { reportSaveState } from '@renderer/app/save-state'
import { dropDraft, onPageLeave, stashDraft, takeDraft } from '@renderer/hooks/drafts'

const AUTOSAVE_MS = 600
const KEY = 'company'

interface Profile {
  name: string
  company: CompanyProfile
}

/**
 * The company profile edits like every document: autosaved after a pause, at once when a field is
 * left, on Ctrl+S, when the page is left (navigation, reload, close) — with the edit parked as a
 * draft in case that last save does not finish — and reported in the top bar's save state.
 */
export function useProfileEditor(ws: WorkspaceInfo, onWorkspace: (ws: WorkspaceInfo) => void) {
  const { pick } = useI18n()
  const [value, setValue] = useState<Profile>(() => {
    const base = JSON.stringify({ name: ws.name, company: ws.company })
    return takeDraft<Profile>(KEY, base) ?? { name: ws.name, company: ws.company }
  })
  const saved = useRef(JSON.stringify({ name: ws.name, company: ws.company }))
  const latest = useRef(value)
  latest.current = value
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saving = useRef<Promise<void> | null>(null)

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (saving.current) await saving.current
    const v = latest.current
    const json = JSON.stringify(v)
    if (json === saved.current) return
    reportSaveState(KEY, 'saving')
    const run = (async () => {
      try {
        const next = await call('workspace.saveProfile', { name: v.name, company: v.company })
        saved.current = json
        onWorkspace(next)
        if (JSON.stringify(latest.current) === json) {
          dropDraft(KEY)
          reportSaveState(KEY, 'saved')
        } else reportSaveState(KEY, 'dirty')
      } catch (e) {
        message.error(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
        reportSaveState(KEY, 'error')
      }
    })()
    saving.current = run
    await run
    saving.current = null
  }, [onWorkspace, pick])
  const flushRef = useRef(flush)
  flushRef.current = flush

  // Every change: dirty now, saved after the pause.
  useEffect(() => {
    if (JSON.stringify(value) === saved.current) return
    reportSaveState(KEY, 'dirty')
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_MS)
  }, [value])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        void flushRef.current()
      }
    }
    const onBlur = () => {
      if (timer.current) void flushRef.current()
    }
    window.addEventListener('keydown', onKey)
    document.addEventListener('focusout', onBlur)
    const offLeave = onPageLeave(() => {
      if (JSON.stringify(latest.current) === saved.current) return
      stashDraft(KEY, saved.current, latest.current)
      void flushRef.current()
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('focusout', onBlur)
      offLeave()
      // Navigating away saves what is pending.
      void flushRef.current().then(() => reportSaveState(KEY, null))
    }
  }, [])

  const setName = useCallback((name: string) => setValue((v) => ({ ...v, name })), [])
  const setCompany = useCallback(
    (patch: Partial<CompanyProfile>) => setValue((v) => ({ ...v, company: { ...v.company, ...patch } })),
    [],
  )
  return { name: value.name, company: value.company, setName, setCompany, saveNow: flush }
}
