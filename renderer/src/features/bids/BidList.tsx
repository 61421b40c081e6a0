import { Card, Col, Row, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { PIPELINE_STAGES, type IndexEntry } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, useLabels } from '@renderer/app/use-labels'
import { DocList } from '@renderer/components/DocList'
import { funnelCounts } from '@shared/domain/bids/funnel'
import { STAGE } from '@renderer/app/enum-labels'
import { L as LABELS } from './labels'
import { TenderImportButton } from '../tender/TenderImportButton'

/** The seven funnel stages as a compact bar: how many bids sit at each step. */
export function Funnel({ rows }: { rows: readonly Pick<IndexEntry, 'stage'>[] }) {
  const { lang } = useI18n()
  const L = useLabels(LABELS)
  const counts = funnelCounts(rows)
  const max = Math.max(1, ...counts)
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="funnel" title={L.funnel}>
      <Row gutter={8} wrap={false}>
        {PIPELINE_STAGES.map((s, i) => (
          <Col flex={1} key={s} data-testid={`funnel-${i + 1}`}>
            <div style={{ height: 6, background: '#e6f4ff', borderRadius: 3 }}>
              <div
                style={{
                  width: `${(counts[i] / max) * 100}%`,
                  height: 6,
                  background: '#1677ff',
                  borderRadius: 3,
                }}
              />
            </div>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {counts[i]}
            </Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i + 1} {enumLabel(STAGE, s, lang)}
            </Typography.Text>
          </Col>
        ))}
      </Row>
    </Card>
  )
}

/** 投标项目: the funnel summary above the list (stage and countdown columns come with the list). */
export function BidList() {
  const { t } = useI18n()
  const [rows, setRows] = useState<IndexEntry[]>([])
  useEffect(() => {
    void call('bids.list', {}).then(setRows)
  }, [])
  return (
    <DocList
      kind="bids"
      kindLabel={t('nav.bids')}
      header={
        <>
          <div style={{ marginBottom: 8 }}>
            <TenderImportButton />
          </div>
          <Funnel rows={rows} />
        </>
      }
    />
  )
}
