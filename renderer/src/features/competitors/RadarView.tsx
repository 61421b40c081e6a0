import { Alert } from 'antd'
import { useMemo } from 'react'
import { radarOption, type RadarSeries } from '@shared/domain/competitors'
import { useI18n } from '@renderer/app/i18n'
import { EChart } from '@renderer/components/EChart'
import { errorMessage } from '@renderer/api/error-text'

const UI_RADIUS = '50%'

/**
 * The benchmark radar: us and up to four competitors. The plotted numbers are also written into
 * `data-radar` (JSON: [{name, scores}], null = missing) so tests and assistive tools can read them.
 */
export function RadarView({
  us,
  others,
  height,
}: {
  us: RadarSeries
  others: RadarSeries[]
  height?: number
}) {
  const { lang, pick } = useI18n()
  const built = useMemo(() => {
    try {
      const o = radarOption(us, others, { lang })
      // A narrower grid than the report's, so long dimension names fit in a side column.
      const option = {
        ...o,
        radar: { ...o.radar, radius: UI_RADIUS },
        polar: { ...o.polar, radius: UI_RADIUS },
      }
      return { option: option as object, error: null }
    } catch (e) {
      return { option: null, error: pick(errorMessage(e)) }
    }
  }, [us, others, lang, pick])
  const data = JSON.stringify([us, ...others].map((s) => ({ name: s.name, scores: s.scores })))
  return (
    <>
      {built.error && <Alert type="warning" showIcon message={built.error} style={{ marginBottom: 8 }} />}
      <EChart option={built.option} height={height ?? 400} testId="radar" data={{ radar: data }} />
    </>
  )
}
