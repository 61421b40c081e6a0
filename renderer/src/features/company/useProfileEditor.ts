import { message } from 'antd'
import { useCallback, useEffect, useRef } from 'react'
import { z } from 'zod'
import type { WorkspaceInfo } from '@shared/contract'
import { CompanyProfileSchema, WorkspaceSchema } from '@shared/schemas'
import { ApiError, call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { registerFlusher } from '@renderer/app/flush-on-close'
import { reportSaveState } from '@renderer/app/save-state'
import { dropDraft, onPageLeave, stashDraft, takeDraft } from '@renderer/hooks/drafts'
import { useZodForm } from '@renderer/hooks/useZodForm'

const AUTOSAVE_MS = 600
const KEY = 'company'

/** What 公司信息 edits, under the rules workspace.json is saved with. */
export const ProfileForm = z.object({ name: WorkspaceSchema.shape.name, company: CompanyProfileSchema })
export type Profile = z.infer<typeof ProfileForm>

/**
 * The company profile on react-hook-form, autosaved like every document: every change marks it dirty and
 * saves after a pause, at once when a field is left, on Ctrl+S and when the page is left (navigation,
 * reload, close) — with the edit parked as a draft in case that last save does not finish. An edit the
 * schema refuses stays on screen with the message at its field and is not saved.
 */
export function useProfileEditor(ws: WorkspaceInfo, onWorkspace: (ws: WorkspaceInfo) => void) {
  const { pick } = useI18n()
  const base = JSON.stringify({ name: ws.name, company: ws.company })
  const saved = useRef(base)
  const form = useZodForm(
    ProfileForm,
    takeDraft<Profile>(KEY, base) ?? { name: ws.name, company: ws.company },
  )
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saving = useRef<Promise<void> | null>(null)
  const isDirty = () => JSON.stringify(form.getValues()) !== saved.current

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    if (saving.current) await saving.current
    if (JSON.stringify(form.getValues()) === saved.current) return
    if (!(await form.trigger())) return reportSaveState(KEY, 'error')
    const v = form.getValues()
    const json = JSON.stringify(v)
    reportSaveState(KEY, 'saving')
    const run = (async () => {
      try {
        const next = await call('workspace.saveProfile', { name: v.name, company: v.company })
        saved.current = json
        onWorkspace(next)
        if (JSON.stringify(form.getValues()) === json) {
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
  }, [form, onWorkspace, pick])
  const flushRef = useRef(flush)
  flushRef.current = flush
  useEffect(() => registerFlusher(() => flushRef.current()), [])

  // The form's change feed drives autosave: dirty now, saved after the pause.
  useEffect(() => {
    const sub = form.watch(() => {
      if (JSON.stringify(form.getValues()) === saved.current) return
      reportSaveState(KEY, 'dirty')
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flushRef.current(), AUTOSAVE_MS)
    })
    return () => sub.unsubscribe()
  }, [form])

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
      if (!isDirty()) return
      stashDraft(KEY, saved.current, form.getValues())
      void flushRef.current()
    })
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('focusout', onBlur)
      offLeave()
      // Navigating away saves what is pending.
      void flushRef.current().then(() => reportSaveState(KEY, null))
    }
    // isDirty reads refs and the stable form only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form])

  // A draft brought back from a page that went away is saved at once.
  useEffect(() => {
    if (isDirty()) void flushRef.current()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return { form, saveNow: flush }
}
