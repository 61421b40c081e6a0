// Development entry of the export worker (tsx: CLI, tests, `npm run web`): a worker thread does not inherit the
// TypeScript loader of the thread that started it, so register tsx here, then load the TypeScript worker.
// The electron-vite build bundles export-worker.ts itself as out/main/export-worker.js and does not use this file.
import { fileURLToPath } from 'node:url'
import { register } from 'tsx/esm/api'

// The repository's tsconfig.json, whatever the working directory: it carries the path aliases (@shared/…).
register({ tsconfig: fileURLToPath(new URL('../../../../tsconfig.json', import.meta.url)) })
await import('./export-worker.ts')
