import type { z } from 'zod'
import type { MethodDef } from '@shared/contract/define'
import type { AppContext } from '../app-context'

/** A handler map for a slice of the contract: each method gets its parsed input and the app context. */
export type HandlersOf<C extends Record<string, MethodDef>> = {
  [M in keyof C]: (input: z.output<C[M]['input']>, ctx: AppContext) => Promise<z.input<C[M]['output']>>
}
