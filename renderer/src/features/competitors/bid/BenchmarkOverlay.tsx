import { Alert, Checkbox, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import {
  dimensionLabel,
  MAX_RADAR_COMPETITORS,
  ourScores,
  seriesOf,
  theirScores,
} from '@shared/domain/competitors'
import { BENCHMARK_DIMENSIONS, type Competitor } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from '../labels'
import { RadarView } from '../RadarView'
import { BID } from './labels'

/** The bid's radar: us against up to four competitors the user ticks (the first four by default). */
export function BenchmarkOverlay({ competitors }: { competitors: Competitor[] }) {
  const { lang } = useI18n()
  const L = useLabels(LABELS)
  const B = useLabels(BID)
  const [picked, setPicked] = useState<string[] | null>(null)
  const ids = competitors.map((c) => c.id)
  // Ticked ids that left the bid drop out; before any choice, the first four are shown.
  const chosen = (picked ?? ids.slice(0, MAX_RADAR_COMPETITORS)).filter((id) => ids.includes(id))
  const us = useMemo(() => ourScores(competitors), [competitors])
  const series = useMemo(
    () => ({
      us: seriesOf(L.us, us),
      them: competitors.filter((c) => chosen.includes(c.id)).map((c) => seriesOf(c.title, theirScores(c))),
    }),
    [competitors, us, chosen.join('|'), L.us], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const conflicts = BENCHMARK_DIMENSIONS.filter((d) => us[d].conflict)
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>{fmt(B.overlay, { n: MAX_RADAR_COMPETITORS })}</Typography.Text>
        <Checkbox.Group
          data-testid="radar-pick"
          value={chosen}
          onChange={(v) => setPicked((v as string[]).slice(0, MAX_RADAR_COMPETITORS))}
          options={competitors.map((c) => ({
            value: c.id,
            label: c.title,
            disabled: !chosen.includes(c.id) && chosen.length >= MAX_RADAR_COMPETITORS,
          }))}
        />
      </Space>
      {conflicts.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={fmt(B.conflicts, {
            list: conflicts
              .map((d) =>
                fmt(B.conflictItem, { d: dimensionLabel(d, lang), values: us[d].values.join(' / ') }),
              )
              .join(L.clauseSep),
          })}
        />
      )}
      <RadarView us={series.us} others={series.them} height={440} />
    </div>
  )
}
