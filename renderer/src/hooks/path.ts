export type Path = (string | number)[]

export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj as Record<string | number, unknown> | undefined
  for (const k of path) {
    if (cur === null || cur === undefined) return undefined
    cur = cur[k] as Record<string | number, unknown> | undefined
  }
  return cur
}

/** Immutable set: copies only the objects along the path, so React sees what changed. */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T
  const [head, ...rest] = path
  const src = (obj ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>
  const copy = (Array.isArray(src) ? [...src] : { ...src }) as Record<string | number, unknown>
  copy[head] = setIn(src[head], rest, value)
  return copy as T
}
