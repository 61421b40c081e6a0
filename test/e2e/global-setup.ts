// The e2e tests run against the built renderer, exactly as `npm run web` serves it.
export default async function globalSetup(): Promise<void> {
  // @ts-expect-error: a plain .mjs script without type declarations
  const { ensureRendererBuilt } = await import('../../scripts/web.mjs')
  ensureRendererBuilt()
}
