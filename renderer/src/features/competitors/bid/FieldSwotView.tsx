import { Card, Col, List, Row, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { SWOT_HEADINGS, fieldSwot, type SwotQuadrant } from '../../../../../shared/domain/competitors'
import type { Competitor } from '../../../../../shared/schemas'
import { useI18n } from '../../../app/i18n'
import { OriginTag } from '../SwotEditor'

const QUADS: SwotQuadrant[] = ['s', 'w', 'o', 't']

/** Our SWOT against the whole field of the bid, each item with the competitors it comes from. */
export function FieldSwotView({ competitors }: { competitors: Competitor[] }) {
  const { pick } = useI18n()
  const swot = useMemo(() => fieldSwot(competitors), [competitors])
  return (
    <>
      <Row gutter={[12, 12]}>
        {QUADS.map((q) => (
          <Col span={12} key={q}>
            <Card size="small" title={`我方${pick(SWOT_HEADINGS[q])}`} data-testid={`field-swot-${q}`}>
              <List
                size="small"
                dataSource={swot[q]}
                locale={{ emptyText: '暂无' }}
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
          未评分、未纳入判断的维度：{swot.unscored.join('、')}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">
        S/W：某维度领先全部对手或落后任一对手 2 分及以上；O/T：市场机会与威胁，以及对手的弱点与优势。
      </Typography.Paragraph>
    </>
  )
}
