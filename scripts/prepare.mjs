// `npm install` runs this (the prepare script): it builds what the first start would otherwise build, so the first
// `bidbench`, `npm run web` or `npm start` after an install starts as fast as the second. Always a full build: new
// dependencies change the output even when no source did.
import { buildCli } from './build-cli.mjs'
import { buildRenderer } from './web.mjs'

await buildCli()
buildRenderer()
