import { expect } from 'vitest'
import { command } from '@cli/commands/check'
import type { CorpusWorkspace } from './corpus'

/** One finding as `bidbench check --json` prints it (the fields the corpus tests read). */
export interface CheckRow {
  bidId: string
  ruleId: string
  severity: string
  location: { path: string }
  message: { zh: string }
}

/**
 * `bidbench check <ws> --all --json` (the CLI a user runs) on every corpus workspace: its findings per house style.
 * Nothing may go to stderr; the exit code must be one of `codes` (1 when some finding is 否决风险).
 */
export async function checkEveryWorkspace(
  corpus: readonly CorpusWorkspace[],
  codes: readonly number[],
): Promise<Map<string, CheckRow[]>> {
  const rows = new Map<string, CheckRow[]>()
  for (const w of corpus) {
    const out: string[] = []
    const err: string[] = []
    const code = await command.run([w.dir, '--all', '--json'], {
      out: (s) => void out.push(s),
      err: (s) => void err.push(s),
    })
    expect(err).toEqual([])
    expect(codes).toContain(code)
    rows.set(w.style.key, JSON.parse(out.join('\n')) as CheckRow[])
  }
  return rows
}
