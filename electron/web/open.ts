import { spawn } from 'node:child_process'

type Spawn = (
  cmd: string,
  args: string[],
  opts: { stdio: 'ignore'; detached: boolean },
) => {
  on(ev: 'error', l: () => void): unknown
  unref(): void
}

/**
 * Opens `url` in the system browser. Command lines are visible to every local user (ps, /proc/<pid>/cmdline), so
 * the URL handed over must never carry the API token: callers pass the server's one-time launchUrl().
 */
export function openBrowser(
  url: string,
  run: Spawn = spawn as unknown as Spawn,
  platform = process.platform,
): void {
  if (/[?&]token=/.test(url)) throw new Error('openBrowser: refusing a URL that carries the token')
  const opener = platform === 'darwin' ? 'open' : platform === 'win32' ? 'explorer' : 'xdg-open'
  const child = run(opener, [url], { stdio: 'ignore', detached: true })
  child.on('error', () => undefined)
  child.unref()
}
