import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { describeChange } from '@shared/domain/merge'
import { AppError } from '@shared/errors'
import { DOC_KINDS, type DocKind } from '@shared/schemas'
import { AppContext } from '@services/app-context'
import { call, withWorkspace } from '../api'
import { UsageError, type CliCommand, type CliIo } from '../types'

/** A login typed at the terminal, for this run only (never stored by the CLI). */
async function askLogin(io: CliIo, url: string): Promise<{ username: string; password: string } | null> {
  if (!process.stdin.isTTY) return null
  io.err(`同步服务器需要登录 / the sync server needs a login: ${url}`)
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
  try {
    const username = await rl.question('用户名 / user: ')
    const password = await rl.question('密码或令牌 / password or token: ')
    return { username, password }
  } finally {
    rl.close()
  }
}

function kindArg(s: string | undefined): DocKind {
  if (!s || !(DOC_KINDS as readonly string[]).includes(s))
    throw new UsageError(`类型应为 / kind must be one of: ${DOC_KINDS.join(', ')}`)
  return s as DocKind
}

/** `<workspaceDir> <kind> <id>` plus string options and --json, for the per-document commands. */
function docArgs(argv: string[], names: string[], usage: string) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      json: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  })
  if (positionals.length !== 3) throw new UsageError(usage)
  const [dir, k, id] = positionals
  const opt = values as unknown as Record<string, string | undefined>
  return { dir, kind: kindArg(k), id, opt, json: values.json === true }
}

function show(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v)
}

const sync: CliCommand = {
  name: 'sync',
  summary: {
    zh: '同步：提交本地修改、拉取、按字段合并、推送；有未决冲突时退出码为 1',
    en: 'Sync: commit local changes, fetch, merge field by field, push; exit 1 while conflicts remain',
  },
  usage: 'sync <workspaceDir> [--remote <URL|PATH>] [--json]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { remote: { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    })
    if (positionals.length !== 1)
      throw new UsageError('需要一个工作区文件夹 / one workspace folder is required')
    const r = await withWorkspace(positionals[0], { readOnly: false }, async (ctx) => {
      const input = values.remote ? { remote: values.remote } : {}
      try {
        return await call(ctx, 'sync.run', input)
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'SYNC_AUTH') throw e
        const url = values.remote ?? (await call(ctx, 'sync.settings', {})).remote ?? ''
        const login = await askLogin(io, url)
        if (!login) throw e
        return call(ctx, 'sync.run', { ...input, credentials: login })
      }
    })
    if (values.json) io.out(JSON.stringify(r))
    else {
      const state = r.offline
        ? '离线，已在本地提交 / offline, committed locally'
        : r.pushed
          ? '已推送 / pushed'
          : '已是最新 / up to date'
      io.out(
        `${state}; 拉取 / pulled ${r.pulled}; 合并 / merged ${r.merged.length}; 冲突 / conflicts ${r.conflicts.length}`,
      )
      for (const d of r.deferred)
        io.out(`  未拉取（有未保存的修改）/ deferred (unsaved edits): ${d.kind}/${d.id}`)
      for (const c of r.conflicts)
        io.out(
          `  ${c.kind}/${c.id} ${c.path}: ${c.oursBy || '我方'}=${show(c.ours)} | ${c.theirsBy || '对方'}=${show(c.theirs)}`,
        )
    }
    return r.conflicts.length ? 1 : 0
  },
}

const clone: CliCommand = {
  name: 'clone',
  summary: { zh: '把团队的工作区克隆到一个空文件夹', en: "Clone a team's workspace into an empty folder" },
  usage: 'clone <remote URL|PATH> <dir> [--json]',
  async run(argv, io) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    })
    if (positionals.length !== 2)
      throw new UsageError('需要远程地址和目标文件夹 / remote and folder required')
    const ctx = new AppContext('cli')
    try {
      const [remote, dir] = positionals
      let info
      try {
        info = await call(ctx, 'sync.clone', { remote, dir })
      } catch (e) {
        const login = e instanceof AppError && e.code === 'SYNC_AUTH' ? await askLogin(io, remote) : null
        if (!login) throw e
        info = await call(ctx, 'sync.clone', { remote, dir, credentials: login })
      }
      io.out(
        values.json ? JSON.stringify({ dir: info.dir, counts: info.counts }) : `已克隆 / cloned: ${info.dir}`,
      )
      return 0
    } finally {
      await ctx.close()
    }
  },
}

const history: CliCommand = {
  name: 'history',
  summary: {
    zh: '文档的版本（谁、何时、改了哪些字段）',
    en: 'Versions of a document (who, when, which fields)',
  },
  usage: 'history <workspaceDir> <kind> <id> [--json]',
  async run(argv, io) {
    const a = docArgs(argv, [], `usage: bidbench ${this.usage}`)
    const versions = await withWorkspace(a.dir, { readOnly: false }, (ctx) =>
      call(ctx, 'sync.history', { kind: a.kind, id: a.id }),
    )
    if (a.json) io.out(JSON.stringify(versions))
    else
      for (const v of versions) {
        io.out(`${v.version.slice(0, 10)}  ${v.date}  ${v.author}  ${v.message.split('\n')[0]}`)
        for (const c of v.changes) io.out(`    ${describeChange(c, [], 'zh').text}`)
      }
    return 0
  },
}

const restore: CliCommand = {
  name: 'restore',
  summary: {
    zh: '从某个版本恢复整个文档或一个字段',
    en: 'Restore a whole document or one field from a version',
  },
  usage: 'restore <workspaceDir> <kind> <id> --version <V> [--path <P>]',
  async run(argv, io) {
    const a = docArgs(argv, ['version', 'path'], `usage: bidbench ${this.usage}`)
    if (!a.opt.version) throw new UsageError('--version <V>')
    const input = { kind: a.kind, id: a.id, version: a.opt.version, path: a.opt.path }
    const r = await withWorkspace(a.dir, { readOnly: false }, (ctx) => call(ctx, 'sync.restore', input))
    io.out(a.json ? JSON.stringify(r) : `已恢复 / restored ${a.kind}/${a.id} ${a.opt.path ?? ''}`)
    return 0
  },
}

const resolve: CliCommand = {
  name: 'resolve',
  summary: {
    zh: '决定一个同步冲突字段：保留我方或采用对方',
    en: 'Decide one conflicting field: keep ours or take theirs',
  },
  usage: 'resolve <workspaceDir> <kind> <id> --path <P> --take ours|theirs [--json]',
  async run(argv, io) {
    const a = docArgs(argv, ['path', 'take'], `usage: bidbench ${this.usage}`)
    const take = a.opt.take
    if (!a.opt.path) throw new UsageError('--path <P>')
    if (take !== 'ours' && take !== 'theirs') throw new UsageError('--take ours|theirs')
    const input = { kind: a.kind, id: a.id, path: a.opt.path, take: take as 'ours' | 'theirs' }
    const r = await withWorkspace(a.dir, { readOnly: false }, (ctx) => call(ctx, 'sync.resolve', input))
    const what = r.deleted ? '已删除文档（在回收站）/ document deleted (in the trash)' : '已决定 / decided'
    io.out(a.json ? JSON.stringify(r) : `${what}; 剩余冲突 / remaining ${r.remaining}`)
    return 0
  },
}

export const commands: CliCommand[] = [sync, clone, history, restore, resolve]
