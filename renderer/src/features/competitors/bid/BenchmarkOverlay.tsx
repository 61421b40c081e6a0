import { Alert, Checkbox, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import {
  MAX_RADAR_COMPETITORS,
  ourScores,
  seriesOf,
  theirScores,
} from '../../../../../shared/domain/competitors'
import { BENCHMARK_DIMENSIONS, type Competitor } from '../../../../../shared/schemas'
import { RadarView } from '../RadarView'

/** The bid's radar: us against up to four competitors the user ticks (the first four by default). */
export function BenchmarkOverlay({ competitors }: { competitors: Competitor[] }) {
  const [picked, setPicked] = useState<string[] | null>(null)
  const ids = competitors.map((c) => c.id)
  // Ticked ids that left the bid drop out; before any choice, the first four are shown.
  const chosen = (picked ?? ids.slice(0, MAX_RADAR_COMPETITORS)).filter((id) => ids.includes(id))
  const us = useMemo(() => ourScores(competitors), [competitors])
  const series = useMemo(
    () => ({
      us: seriesOf('我方', us),
      them: competitors.filter((c) => chosen.includes(c.id)).map((c) => seriesOf(c.title, theirScores(c))),
    }),
    [competitors, us, chosen.join('|')], // eslint-disable-line react-hooks/exhaustive-deps
  )
  const conflicts = BENCHMARK_DIMENSIONS.filter((d) => us[d].conflict)
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text>叠加显示（最多 {MAX_RADAR_COMPETITORS} 家）：</Typography.Text>
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
          message={`我方得分在不同对手的记录中不一致，取日期最新的一条：${conflicts.map((d) => `${d}（${us[d].values.join(' / ')}）`).join('；')}`}
        />
      )}
      <RadarView us={series.us} others={series.them} height={440} />
    </div>
  )
}
