import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { AppError } from '@shared/errors'
import { stableStringify, writeFileDurable, mkdirp } from './store/fsio'
import { openWorkspace, type WorkspaceSession } from './store'
import { linkDecisionChains } from './customers/link-chains'
import { MemoryCredentials, type CredentialStore } from './sync/credentials'

export interface RecentWorkspace {
  dir: string
  name: string
  openedAt: string
}

/** Per-user app data (recent list): BIDBENCH_HOME, else ~/.config/bidbench. */
export function appHome(): string {
  return process.env.BIDBENCH_HOME || path.join(os.homedir(), '.config', 'bidbench')
}

/**
 * The state one running app holds: the open workspace and the recent list. Electron, the browser
 * mode and the CLI each make one; handlers receive it and never reach for globals.
 */
export class AppContext {
  private session: WorkspaceSession | null = null
  /** Git server logins for sync: memory + environment here; the desktop app swaps in the OS keychain. */
  credentials: CredentialStore = new MemoryCredentials()

  constructor(
    readonly transport: 'ipc' | 'http' | 'cli',
    readonly home = appHome(),
  ) {}

  get ws(): WorkspaceSession | null {
    return this.session
  }

  requireWs(): WorkspaceSession {
    if (!this.session) throw new AppError('NO_WORKSPACE')
    return this.session
  }

  requireWritable(): WorkspaceSession {
    const ws = this.requireWs()
    if (ws.readOnly) throw new AppError('READ_ONLY')
    return ws
  }

  async open(dir: string, readOnly = false): Promise<WorkspaceSession> {
    const next = await openWorkspace(dir, { readOnly, app: `bidbench-${this.transport}` })
    await this.adopt(next)
    return next
  }

  /** Switches to an already opened session (closing the previous one) and remembers it. */
  async adopt(next: WorkspaceSession): Promise<void> {
    if (this.session && this.session !== next) await this.session.close()
    this.session = next
    // A workspace from before the customer archive: its bids' decision chains move into customers, once.
    if (!next.readOnly && !next.workspace.settings.decisionChainsLinked)
      await linkDecisionChains(next).catch(() => undefined)
    // The recent list is the app's menu; a command line run leaves no trace in it.
    if (this.transport !== 'cli')
      await this.remember({ dir: next.dir, name: next.workspace.name, openedAt: new Date().toISOString() })
  }

  async close(): Promise<void> {
    await this.session?.close()
    this.session = null
  }

  private get recentFile(): string {
    return path.join(this.home, 'recent.json')
  }

  async recent(): Promise<RecentWorkspace[]> {
    try {
      const list = JSON.parse(await fs.readFile(this.recentFile, 'utf8'))
      return Array.isArray(list) ? list.filter((r) => r && typeof r.dir === 'string').slice(0, 10) : []
    } catch {
      return []
    }
  }

  private async remember(entry: RecentWorkspace): Promise<void> {
    try {
      const list = (await this.recent()).filter((r) => r.dir !== entry.dir)
      await mkdirp(this.home)
      await writeFileDurable(this.recentFile, stableStringify([entry, ...list].slice(0, 10)))
    } catch {
      /* the recent list is a convenience; failing to write it must not block opening a workspace */
    }
  }
}
