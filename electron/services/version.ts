import pkg from '../../package.json' with { type: 'json' }

/** Bundled at build time for Electron, read at run time under tsx: one source, package.json. */
export const APP_VERSION: string = pkg.version
