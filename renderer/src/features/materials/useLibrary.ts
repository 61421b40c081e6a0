import { useCallback, useEffect, useState } from 'react'
import type { MaterialLibrary } from '@shared/contract/materials'
import { ApiError, call } from '@renderer/api/client'

/** The whole materials library plus every bid's links, loaded once per page and reloaded on demand. */
export function useLibrary(): {
  library: MaterialLibrary | null
  error: ApiError | null
  reload(): Promise<void>
} {
  const [library, setLibrary] = useState<MaterialLibrary | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const reload = useCallback(async () => {
    try {
      setLibrary(await call('materials.library', {}))
      setError(null)
    } catch (e) {
      setError(ApiError.from(e))
    }
  }, [])
  useEffect(() => {
    void reload()
  }, [reload])
  return { library, error, reload }
}
