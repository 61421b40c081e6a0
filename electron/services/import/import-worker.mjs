// Development entry of the import worker (tsx: CLI, tests, `npm run web`): a worker thread does not inherit the
// TypeScript loader of the thread that started it, so register tsx here, then load the TypeScript worker.
// The electron-vite build bundles import-worker.ts itself as out/main/import-worker.js and does not use this file.
import { register } from 'tsx/esm/api'

register()
await import('./import-worker.ts')
