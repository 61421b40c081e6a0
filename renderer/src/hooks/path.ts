export type Path = (string | number)[]

/** Immutable set: copies only the objects along the path, so React sees what changed. */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T
  const [head, ...rest] = path
  const src = (obj ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>
  const copy = (Array.isArray(src) ? [...src] : { ...src }) as Record<string | number, unknown>
  copy[head] = setIn(src[head], rest, value)
  return copy as T
}

/** "lots.0.name" → ['lots', 0, 'name']: array indexes as numbers, so setIn keeps arrays as arrays. */
export function pathSegments(path: string): Path {
  return path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))
}
