import type { CompetitorReportModel } from '@shared/domain/competitors'
import { renderChartPng } from './chart'
import type { DocxChart } from './report-docx'

/** Radar size in the report: pixels at 96 dpi (15.9 cm wide fits the A4 text width), rendered at 2×. */
export const RADAR_SIZE = { width: 600, height: 500 }

export function radarChartFor(m: CompetitorReportModel): DocxChart | null {
  if (!m.radar) return null
  return { png: renderChartPng(m.radar, RADAR_SIZE, { scale: 2 }), ...RADAR_SIZE }
}
