import type { BuyerPopulation, PopulationOptions, PopulationResult } from '@shared/domain/negotiations'

export interface CompareRequest {
  seq: number
  population: BuyerPopulation
  options: PopulationOptions
}

export type CompareResponse =
  { seq: number; result: PopulationResult } | { seq: number; error: { zh: string; en: string } }
