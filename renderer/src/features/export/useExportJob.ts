import { useCallback, useEffect, useRef, useState } from 'react'
import type { JobStatus } from '@shared/contract/export'
import { ApiError, call } from '@renderer/api/client'

/** How often a running job is polled: smooth enough for a progress bar, cheap for the server. */
export const POLL_MS = 300

export interface ExportJob {
  status: JobStatus | null
  /** A polling failure (the server went away…), not a failed job: that is status.state === 'failed'. */
  error: ApiError | null
  cancelling: boolean
  cancel(): Promise<void>
}

/** Follows one background job until it ends: polls export.status, and cancels through export.cancel. */
export function useExportJob(jobId: string | null): ExportJob {
  const [status, setStatus] = useState<JobStatus | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [cancelling, setCancelling] = useState(false)
  const live = useRef(true)

  useEffect(() => {
    live.current = true
    setStatus(null)
    setError(null)
    setCancelling(false)
    if (!jobId) return
    let timer: ReturnType<typeof setTimeout> | null = null
    const poll = async () => {
      try {
        const s = await call('export.status', { jobId })
        if (!live.current) return
        setStatus(s)
        if (s.state === 'running') timer = setTimeout(poll, POLL_MS)
      } catch (e) {
        if (live.current) setError(ApiError.from(e))
      }
    }
    void poll()
    return () => {
      live.current = false
      if (timer) clearTimeout(timer)
    }
  }, [jobId])

  const cancel = useCallback(async () => {
    if (!jobId) return
    setCancelling(true)
    try {
      // export.cancel returns once the partial file is gone: its status is final.
      const s = await call('export.cancel', { jobId })
      if (live.current) setStatus(s)
    } catch (e) {
      if (live.current) setError(ApiError.from(e))
    } finally {
      if (live.current) setCancelling(false)
    }
  }, [jobId])

  return { status, error, cancelling, cancel }
}
