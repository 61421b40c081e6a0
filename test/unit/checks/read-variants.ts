import { createRng, type Rng } from '@shared/domain/random'

/**
 * House-style variants of a form for the reader tests: full- or half-width punctuation, spaces around
 * colons and inside values, lines joined or split after a comma, and the lines that carry no key fact
 * moved elsewhere. Seeded; the seed is printed so a failure can be replayed (BB_READ_SEED).
 */
export function seeded(): { seed: number; rnd: Rng } {
  const env = process.env.BB_READ_SEED
  const seed = env ? Number(env) : 20261203
  console.log(`read variants seed ${seed} (BB_READ_SEED to change)`)
  return { seed, rnd: createRng(seed) }
}

const WIDTH: [string, string][] = [
  ['：', ':'],
  ['（', '('],
  ['）', ')'],
  ['，', ','],
  ['；', ';'],
]

function pick<T>(rnd: Rng, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]
}

function swapWidth(line: string, rnd: Rng): string {
  let out = ''
  for (const c of line) {
    const pair = WIDTH.find(([f, h]) => c === f || c === h)
    out += pair && rnd() < 0.5 ? pick(rnd, pair) : c
  }
  return out
}

function spaces(line: string, rnd: Rng): string {
  return line
    .replace(/([：:])/gu, (m) => (rnd() < 0.4 ? `${pick(rnd, [' ', '　', '  '])}${m}` : m))
    .replace(/([：:])/gu, (m) => (rnd() < 0.5 ? `${m}${pick(rnd, [' ', '　', '   ', '\t'])}` : m))
}

/** `count` variants of `lines`; only lines `movable` accepts change places. */
export function variants(
  lines: string[],
  rnd: Rng,
  count: number,
  movable?: (l: string) => boolean,
): string[] {
  const out: string[] = []
  for (let n = 0; n < count; n++) {
    let ls = lines.map((l) => spaces(swapWidth(l, rnd), rnd))
    if (movable && rnd() < 0.5) {
      const free = lines.map((l, i) => (movable(l) ? i : -1)).filter((i) => i >= 0)
      if (free.length >= 2) {
        const a = pick(rnd, free)
        const b = pick(rnd, free)
        ;[ls[a], ls[b]] = [ls[b], ls[a]]
      }
    }
    // Lines joined (a form pasted as one paragraph) or split after a comma (a narrow Word column).
    let text = ls[0]
    for (const l of ls.slice(1)) text += rnd() < 0.2 ? pick(rnd, [' ', '　', '']) + l : '\n' + l
    ls = text.split('\n')
    text = ls.map((l) => (rnd() < 0.3 ? l.replace(/([，,])/u, '$1\n') : l)).join('\n')
    if (rnd() < 0.3) text = text.replace(/\n/gu, '\r\n')
    out.push(text)
  }
  return out
}
