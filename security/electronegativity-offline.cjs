// Preloaded (node -r) into electronegativity by test/integration/electronegativity.test.ts.
// At start the tool downloads translations, and one check downloads Electron's release list; the
// security check must run offline and give the same answer every time, so every request made through
// `got` fails at once (the tool then uses its bundled English strings; that check is also excluded
// with -x). Nothing else in the tool is changed.
const Module = require('node:module')

const offline = () => Promise.reject(new Error('electronegativity runs offline in BidBench tests'))
const load = Module._load
Module._load = function (request, ...rest) {
  if (request === 'got') return Object.assign(offline, { default: offline, get: offline })
  return load.call(this, request, ...rest)
}
