import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Col, List, Row, Select, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import {
  SWOT_HEADINGS,
  competitorSwot,
  type SwotItem,
  type SwotQuadrant,
} from '../../../../shared/domain/competitors'
import type { Competitor } from '../../../../shared/schemas'
import { useI18n } from '../../app/i18n'

const QUADS: SwotQuadrant[] = ['s', 'w', 'o', 't']
const ORIGIN = { swot: '已录入', profile: '档案', benchmark: '对标评分' } as const
const ORIGIN_COLOR = { swot: 'blue', profile: 'purple', benchmark: 'orange' } as const

export function OriginTag({ item }: { item: SwotItem }) {
  return <Tag color={ORIGIN_COLOR[item.origin]}>{ORIGIN[item.origin]}</Tag>
}

/**
 * The SWOT of one competitor as typed, beside the computed one (their profile strengths and
 * weaknesses, and the dimensions where a score gap reaches 2 points). A suggestion is adopted into
 * the typed SWOT with one click.
 */
export function SwotEditor({
  doc,
  setSwot,
}: {
  doc: Competitor
  setSwot(q: SwotQuadrant, items: string[]): void
}) {
  const { pick } = useI18n()
  const computed = useMemo(() => competitorSwot(doc), [doc])
  return (
    <Row gutter={[12, 12]}>
      {QUADS.map((q) => {
        const suggestions = computed[q].filter((i) => i.origin !== 'swot')
        return (
          <Col span={12} key={q}>
            <Card size="small" title={pick(SWOT_HEADINGS[q])} data-testid={`swot-${q}`}>
              <Select
                mode="tags"
                open={false}
                suffixIcon={null}
                style={{ width: '100%' }}
                placeholder="输入后回车"
                value={doc.swot[q]}
                onChange={(v: string[]) => setSwot(q, v)}
              />
              {suggestions.length > 0 && (
                <List
                  size="small"
                  style={{ marginTop: 8 }}
                  header={
                    <Typography.Text type="secondary">
                      系统建议（{q === 's' || q === 'w' ? '相对我方' : '市场'}）
                    </Typography.Text>
                  }
                  dataSource={suggestions}
                  renderItem={(item) => (
                    <List.Item
                      actions={[
                        <Button
                          key="a"
                          size="small"
                          type="link"
                          icon={<PlusOutlined />}
                          onClick={() => setSwot(q, [...doc.swot[q], item.text])}
                        >
                          采纳
                        </Button>,
                      ]}
                    >
                      <OriginTag item={item} /> {item.text}
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Col>
        )
      })}
    </Row>
  )
}
