import { Card, Col, List, Row, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { SWOT_HEADINGS, dimensionLabel, fieldSwot, type SwotQuadrant } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from '../labels'
import { OriginTag } from '../SwotEditor'
import { FIELD } from './labels'

const QUADS: SwotQuadrant[] = ['s', 'w', 'o', 't']

/** Our SWOT against the whole field of the bid, each item with the competitors it comes from. */
export function FieldSwotView({ competitors }: { competitors: Competitor[] }) {
  const { lang, pick } = useI18n()
  const L = useLabels(LABELS)
  const F = useLabels(FIELD)
  const swot = useMemo(() => fieldSwot(competitors), [competitors])
  return (
    <>
      <Row gutter={[12, 12]}>
        {QUADS.map((q) => (
          <Col span={12} key={q}>
            <Card
              size="small"
              title={fmt(F.quadrant, { heading: pick(SWOT_HEADINGS[q]) })}
              data-testid={`field-swot-${q}`}
            >
              <List
                size="small"
                dataSource={swot[q]}
                locale={{ emptyText: F.none }}
                renderItem={(i) => (
                  <List.Item>
                    <span>
                      <OriginTag item={i} /> {i.text}{' '}
                      {i.competitors?.map((c) => (
                        <Tag key={c} bordered={false}>
                          {c}
                        </Tag>
                      ))}
                    </span>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {swot.unscored.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {fmt(F.unscored, { list: swot.unscored.map((d) => dimensionLabel(d, lang)).join(L.listSep) })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{F.rule}</Typography.Paragraph>
    </>
  )
}
