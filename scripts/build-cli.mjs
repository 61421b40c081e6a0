// The CLI ahead of time: electron/cli/index.ts, the browser-mode server (electron/web/main.ts, for `npm run web`)
// and the two worker entries bundled by esbuild into out/cli/ (dependencies stay in node_modules), so `bidbench`
// and `npm run web` start without compiling TypeScript on every call.
// `npm install` builds it (prepare); bin/bidbench rebuilds it first whenever a source is newer, so it is never
// stale. Files are written under temporary names and renamed, so a CLI started meanwhile sees whole files.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { builtAfter } from './fresh.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_BUNDLE = join(root, 'out/cli/index.mjs')
export const WEB_BUNDLE = join(root, 'out/cli/web.js')
const SOURCES = ['electron', 'shared', 'tsconfig.base.json', 'package.json', 'scripts/build-cli.mjs']
const ENTRIES = {
  index: 'electron/cli/index.ts',
  web: 'electron/web/main.ts',
  'export-worker': 'electron/services/export/jobs/export-worker.ts',
  'import-worker': 'electron/services/import/import-worker.ts',
}

/** True when out/cli holds a bundle at least as new as every source it was built from. */
export function cliBuildFresh() {
  return builtAfter(
    CLI_BUNDLE,
    SOURCES.map((s) => join(root, s)),
  )
}

/**
 * Every dependency stays in node_modules, except chinese-days: its calendar is a JSON module, which Node imports
 * only with { type: 'json' }, an attribute esbuild drops from external imports.
 */
function externals() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((n) => n !== 'chinese-days')
}

export async function buildCli() {
  const { build } = await import('esbuild')
  const r = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, join(root, v)])),
    outdir: join(root, 'out/cli'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: externals(),
    tsconfig: join(root, 'tsconfig.json'),
    // Commands are imported on demand (electron/cli/registry.ts): each gets its own chunk, so a light command does
    // not load Excel, Word or git. Chunk names carry their hash, so a rebuild never rewrites a file in use.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
    logLevel: 'error',
    // Bundled ESM has no require(); some dependencies are CommonJS-only and are loaded through it.
    banner: {
      js: "import { createRequire as __bbRequire } from 'node:module'; const require = __bbRequire(import.meta.url);",
    },
  })
  // The entry last: its mtime is what marks the build fresh.
  const files = r.outputFiles.map((f) => ({
    path: f.path.endsWith(`${join('out/cli', 'index.js')}`) ? CLI_BUNDLE : f.path,
    contents: f.contents,
  }))
  files.sort((a, b) => Number(a.path === CLI_BUNDLE) - Number(b.path === CLI_BUNDLE))
  for (const f of files) {
    mkdirSync(dirname(f.path), { recursive: true })
    const tmp = `${f.path}.${process.pid}.tmp`
    writeFileSync(tmp, f.contents)
    renameSync(tmp, f.path)
  }
}

export async function ensureCliBuilt() {
  if (!cliBuildFresh()) await buildCli()
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli()
