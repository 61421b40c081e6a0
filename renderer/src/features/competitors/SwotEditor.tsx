import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Col, List, Row, Select, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { SWOT_HEADINGS, competitorSwot, type SwotItem, type SwotQuadrant } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { ORIGIN, SWOT } from './labels'

const QUADS: SwotQuadrant[] = ['s', 'w', 'o', 't']
const ORIGIN_COLOR = { swot: 'blue', profile: 'purple', benchmark: 'orange' } as const

export function OriginTag({ item }: { item: SwotItem }) {
  const O = useLabels(ORIGIN)
  return <Tag color={ORIGIN_COLOR[item.origin]}>{O[item.origin]}</Tag>
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
  const S = useLabels(SWOT)
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
                placeholder={S.typeEnter}
                value={doc.swot[q]}
                onChange={(v: string[]) => setSwot(q, v)}
              />
              {suggestions.length > 0 && (
                <List
                  size="small"
                  style={{ marginTop: 8 }}
                  header={
                    <Typography.Text type="secondary">
                      {fmt(S.suggestions, { scope: q === 's' || q === 'w' ? S.relativeToUs : S.market })}
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
                          {S.adopt}
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
