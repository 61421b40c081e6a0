import { CU_PLANTS } from './plants-cu'
import { CUO_PLANTS } from './plants-cuo'
import { LOU_PLANTS } from './plants-lou'

export type { Plant, PlantEnv } from './plants-kit'

/**
 * The planted errors: each is one mistake a bid team really makes, applied to a fresh copy of a clean
 * bid, tagged with the rule and the field (a part of the finding's path) that must catch it. They are
 * written from the bid's side (what goes wrong in the file), not from the rules' code.
 */

/** In the order the corpus applies them (the seeded picks depend on it). */
export const PLANTS = [...LOU_PLANTS, ...CU_PLANTS, ...CUO_PLANTS]
