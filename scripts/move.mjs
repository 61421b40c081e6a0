// `node scripts/move.mjs [OLD NEW]...`: moves files or folders with `git mv` and rewrites every import
// that points into or out of them. With no arguments it only normalises the imports of every tracked
// source file: an import that leaves its top-level folder (see ALIASES) or climbs more than one level
// becomes an alias (`@shared/schemas`); a near one stays relative (`./x`, `../x`).
// The aliases are tsconfig.base.json's "paths" (the one list; renderer/vite.config.ts reads it for vite too).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const posix = path.posix
const EXTS = ['.ts', '.tsx', '.mjs', '.js', '.cjs', '.json']

/** alias → folder ('@shared' → 'shared'), from tsconfig.base.json's "@x/*": ["./dir/*"] entries. */
const ALIASES = Object.fromEntries(
  Object.entries(
    JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths,
  ).map(([k, [v]]) => [k.replace(/\/\*$/, ''), posix.normalize(v.replace(/\/\*$/, ''))]),
)

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' })
const tracked = git('ls-files', '-z').split('\0').filter(Boolean)

// --- the moves ---------------------------------------------------------------------------------------
// --moved: the moves are already done (e.g. by a rebase); only repoint imports that still name the old paths.
const alreadyMoved = process.argv[2] === '--moved'
const pairs = process.argv.slice(alreadyMoved ? 3 : 2)
if (pairs.length % 2) throw new Error('usage: move.mjs [--moved] [OLD NEW]...')
const moves = []
for (let i = 0; i < pairs.length; i += 2)
  moves.push([posix.normalize(pairs[i]), posix.normalize(pairs[i + 1])])

/** Where a tracked (old) path lives after the moves. */
function moved(p) {
  for (const [from, to] of moves) {
    if (p === from) return to
    if (p.startsWith(`${from}/`)) return to + p.slice(from.length)
  }
  return p
}

/** Where a path lived before the moves (the inverse of moved). */
function unmoved(p) {
  for (const [from, to] of moves) {
    if (p === to) return from
    if (p.startsWith(`${to}/`)) return from + p.slice(to.length)
  }
  return p
}

const trackedSet = new Set(tracked)
const isFile = (p) =>
  trackedSet.has(p) || (existsSync(path.join(root, p)) && statSync(path.join(root, p)).isFile())

/** The file an import names (old layout), or null: exact, with an extension, or a folder's index. */
function resolveFile(target, map = (p) => p) {
  if (target === null) return null
  if (isFile(map(target))) return { file: map(target), form: 'exact' }
  for (const e of EXTS) if (isFile(map(target + e))) return { file: map(target + e), form: 'bare' }
  for (const e of EXTS)
    if (isFile(map(`${target}/index${e}`))) return { file: map(`${target}/index${e}`), form: 'dir' }
  return null
}

function aliasRootOf(p) {
  let best = null
  for (const [alias, dir] of Object.entries(ALIASES))
    if (p.startsWith(`${dir}/`) && (!best || dir.length > best.dir.length)) best = { alias, dir }
  return best
}

/** The old-layout path an import specifier points at (relative or alias), or null for a package. */
function targetOf(fromFile, spec) {
  if (spec.startsWith('./') || spec.startsWith('../'))
    return posix.normalize(posix.join(posix.dirname(fromFile), spec))
  for (const [alias, dir] of Object.entries(ALIASES))
    if (spec.startsWith(`${alias}/`)) return dir + spec.slice(alias.length)
  return null
}

function specifierFor(newFrom, newTarget, form) {
  let t = newTarget
  if (form === 'bare') t = t.replace(/\.(ts|tsx|mjs|js|cjs|json)$/, '')
  if (form === 'dir') t = posix.dirname(t)
  const fromRoot = aliasRootOf(newFrom)
  const toRoot = aliasRootOf(t)
  let rel = posix.relative(posix.dirname(newFrom), t)
  if (!rel.startsWith('.')) rel = `./${rel}`
  const climbs = rel.split('/').filter((s) => s === '..').length
  const sameRoot = fromRoot && toRoot && fromRoot.dir === toRoot.dir
  if (toRoot && (!sameRoot || climbs > 1)) return toRoot.alias + t.slice(toRoot.dir.length)
  return rel
}

const SPEC =
  /((?:\bfrom|\bimport|\bimport\s*\(|\bvi\.mock\(|\bvi\.importActual\(|\brequire\()\s*)(['"])([^'"\n]+)\2/g
const SOURCE = /\.(ts|tsx|mjs|cjs|js)$/

let changedFiles = 0
const unresolved = []
const outputs = new Map()
for (const file of tracked) {
  if (!SOURCE.test(file) || file.startsWith('node_modules/') || file.startsWith('templates/')) continue
  if (!existsSync(path.join(root, file))) continue
  const text = readFileSync(path.join(root, file), 'utf8')
  const newFile = alreadyMoved ? file : moved(file)
  const next = text.replace(SPEC, (all, lead, q, spec) => {
    const target = targetOf(file, spec)
    if (target === null) return all
    // --moved: a file git moved keeps the imports it had at its old place.
    const oldTarget = alreadyMoved ? targetOf(unmoved(file), spec) : null
    const hit = alreadyMoved
      ? (resolveFile(target) ?? resolveFile(target, moved) ?? resolveFile(oldTarget, moved))
      : resolveFile(target)
    if (!hit) {
      unresolved.push(`${file}: ${spec}`)
      return all
    }
    return `${lead}${q}${specifierFor(newFile, alreadyMoved ? hit.file : moved(hit.file), hit.form)}${q}`
  })
  if (next !== text) outputs.set(file, next)
}
for (const [from, to] of alreadyMoved ? [] : moves) {
  execFileSync('mkdir', ['-p', posix.dirname(path.join(root, to))])
  git('mv', from, to)
}
for (const [file, text] of outputs) {
  writeFileSync(path.join(root, alreadyMoved ? file : moved(file)), text)
  changedFiles++
}
// Shorter specifiers can let prettier join lines: keep the rewritten files formatted.
if (outputs.size)
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/prettier/bin/prettier.cjs'),
      '--write',
      '--log-level',
      'warn',
      ...[...outputs.keys()].map(alreadyMoved ? (f) => f : moved),
    ],
    { cwd: root, stdio: 'inherit' },
  )
process.stdout.write(`${moves.length} moved, imports rewritten in ${changedFiles} files\n`)
if (unresolved.length) process.stdout.write(`unresolved (left as they were):\n  ${unresolved.join('\n  ')}\n`)
