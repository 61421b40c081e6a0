import { useEffect, useState } from 'react'

/** Hash routes (#/bids/abc): work the same from file:// in Electron and over HTTP. */
export interface Route {
  section: string
  id: string | null
  /** Optional focus target, e.g. a field path from a check finding. */
  focus: string | null
}

export function parseHash(hash: string): Route {
  const [p, q] = hash.replace(/^#\/?/, '').split('?')
  const [section = 'bids', id = null] = p.split('/').filter(Boolean).map(decodeURIComponent)
  const focus = new URLSearchParams(q ?? '').get('focus')
  return { section, id, focus }
}

export function navigate(section: string, id?: string | null, focus?: string): void {
  window.location.hash = `#/${section}${id ? '/' + encodeURIComponent(id) : ''}${focus ? '?focus=' + encodeURIComponent(focus) : ''}`
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash))
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash))
    window.addEventListener('hashchange', on)
    return () => window.removeEventListener('hashchange', on)
  }, [])
  return route
}
