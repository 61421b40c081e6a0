import { existsSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppError } from '@shared/errors'

/**
 * The entry file of a worker thread named `name`. In the electron-vite bundle it sits next to the main bundle as
 * <name>.js; from the sources (tsx: CLI, tests, `npm run web`) it is the <name>.mjs bootstrap next to the caller,
 * which registers tsx first. Paths are built with path.join so the bundler does not treat them as assets.
 */
export function workerEntry(name: string, callerUrl: string): string {
  const here = path.dirname(fileURLToPath(callerUrl))
  // The bundler may place the caller in out/main/index.js or in a shared chunk under out/main/chunks/.
  const candidates = [
    path.join(here, `${name}.js`),
    path.join(here, '..', `${name}.js`),
    path.join(here, `${name}.mjs`),
  ]
  const found = candidates.find((c) => existsSync(c))
  if (found) return found
  throw new AppError('INTERNAL', {
    zh: `找不到工作线程 ${name}（已查找：${candidates.join('；')}）`,
    en: `worker ${name} not found (looked in: ${candidates.join('; ')})`,
  })
}
