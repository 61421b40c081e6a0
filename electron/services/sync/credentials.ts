import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { mkdirp, stableStringify, writeFileDurable } from '../store/fsio'
import type { Credentials } from './transport'

/**
 * Where the login for a git server comes from. Never the workspace: the desktop app keeps it in the OS
 * keychain (Electron safeStorage, below); the CLI and the browser mode take it from the environment or
 * from the person for this run only.
 */
export interface CredentialStore {
  get(url: string): Promise<Credentials | null>
  /** `remember` asks to keep it beyond this run, where the platform can do so safely. */
  set(url: string, cred: Credentials, remember: boolean): Promise<void>
  readonly persistent: boolean
}

function fromEnv(): Credentials | null {
  const username = process.env.BIDBENCH_GIT_USERNAME
  const password = process.env.BIDBENCH_GIT_PASSWORD ?? process.env.BIDBENCH_GIT_TOKEN
  return password ? { username: username ?? 'token', password } : null
}

/** This process's memory plus BIDBENCH_GIT_USERNAME / BIDBENCH_GIT_PASSWORD (or BIDBENCH_GIT_TOKEN). */
export class MemoryCredentials implements CredentialStore {
  readonly persistent: boolean = false
  protected readonly mem = new Map<string, Credentials>()
  async get(url: string): Promise<Credentials | null> {
    return this.mem.get(url) ?? fromEnv()
  }
  async set(url: string, cred: Credentials, _remember = false): Promise<void> {
    this.mem.set(url, cred)
  }
}

export interface Cipher {
  encrypt(plain: string): Buffer
  decrypt(data: Buffer): string
}

/**
 * Logins encrypted by the OS keychain (Electron's safeStorage: Keychain, DPAPI, libsecret) in the app's
 * own folder (~/.config/bidbench), one entry per remote URL.
 */
export class KeychainCredentials extends MemoryCredentials {
  override readonly persistent = true
  constructor(
    private readonly file: string,
    private readonly cipher: Cipher,
  ) {
    super()
  }

  private async load(): Promise<Record<string, string>> {
    try {
      return JSON.parse(await fs.readFile(this.file, 'utf8')) as Record<string, string>
    } catch {
      return {}
    }
  }

  override async get(url: string): Promise<Credentials | null> {
    const mem = this.mem.get(url)
    if (mem) return mem
    const enc = (await this.load())[url]
    if (enc) {
      try {
        return JSON.parse(this.cipher.decrypt(Buffer.from(enc, 'base64'))) as Credentials
      } catch {
        /* another user's or a reset keychain: ask again */
      }
    }
    return super.get(url)
  }

  override async set(url: string, cred: Credentials, remember = false): Promise<void> {
    this.mem.set(url, cred)
    if (!remember) return
    const all = await this.load()
    all[url] = this.cipher.encrypt(JSON.stringify(cred)).toString('base64')
    await mkdirp(path.dirname(this.file))
    await writeFileDurable(this.file, stableStringify(all))
    await fs.chmod(this.file, 0o600).catch(() => undefined)
  }
}
