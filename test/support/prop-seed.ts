/**
 * One seed for the property tests of a file: BB_PROP_SEED (a number, or "random" to explore), else a
 * fixed default, printed so a failure can be replayed with the same draws.
 */
export function propSeed(label: string): number {
  const env = process.env.BB_PROP_SEED ?? '20261203'
  const seed = env === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(env)
  if (!Number.isInteger(seed)) throw new Error(`BB_PROP_SEED must be an integer or "random", got ${env}`)
  console.log(`${label}: fast-check seed ${seed} (BB_PROP_SEED)`)
  return seed
}
