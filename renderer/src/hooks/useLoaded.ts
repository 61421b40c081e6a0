import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * Data a page loads on mount and reloads after its own writes. Only the newest request may set the data: a slow
 * earlier response arriving after a later one (a busy machine, a second load started by a remount) would otherwise
 * put back a row that a delete has just taken away. Responses after unmount are dropped too.
 * `fetch` must be stable (useCallback), or every render loads again.
 */
export function useLoaded<T>(fetch: () => Promise<T>): [T | null, () => Promise<void>] {
  const [data, setData] = useState<T | null>(null)
  const seq = useRef(0)
  const reload = useCallback(async () => {
    const mine = ++seq.current
    const value = await fetch()
    if (mine === seq.current) setData(value)
  }, [fetch])
  useEffect(() => {
    void reload()
    const current = seq
    return () => {
      current.current++
    }
  }, [reload])
  return [data, reload]
}
