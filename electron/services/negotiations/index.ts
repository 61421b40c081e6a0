export { buildBriefDocx, briefFileName, curvePng, fmtMoney } from './brief-docx'
export {
  buildBriefModel,
  scheduleRows,
  type BriefContext,
  type BriefModel,
  type ScheduleRow,
} from './brief-model'
export { briefFile, briefForPlan } from './brief-for-plan'
