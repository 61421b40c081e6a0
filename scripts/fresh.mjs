// Is a build up to date? By modification time: the output must be at least as new as every source file and
// folder under the given paths (a folder's own time catches a deleted or renamed file).
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export function newest(p) {
  const s = statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  let t = s.mtimeMs
  for (const e of readdirSync(p)) t = Math.max(t, newest(join(p, e)))
  return t
}

/** True when `output` exists and no path in `sources` (absolute; missing ones are skipped) is newer. */
export function builtAfter(output, sources) {
  if (!existsSync(output)) return false
  const built = statSync(output).mtimeMs
  return sources.every((s) => !existsSync(s) || newest(s) <= built)
}
