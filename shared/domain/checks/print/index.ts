import type { PrintModel } from '@shared/domain/export/print-model'
import type { RuleContext } from '../context'
import { p05 } from './commitments'
import { p02 } from './dates'
import { p03 } from './markers'
import { p01 } from './price'
import { p04 } from './scans'
import { p06, p07 } from './wording'

export { PRINT_RULES } from './catalogue'

/** Runs the print-model rules P01–P07 over the 投标文件 as it will be printed. */
export function runPrint(ctx: RuleContext, model: PrintModel): void {
  p01(ctx, model)
  p02(ctx, model)
  p03(ctx, model)
  p04(ctx, model)
  p05(ctx, model)
  p06(ctx, model)
  p07(ctx, model)
}
