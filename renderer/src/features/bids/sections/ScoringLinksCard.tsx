import { Button, Card, Select, Space, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { scoringCoverage } from '@shared/domain/sections/scoring-links'
import type { Bid, Matrix } from '@shared/schemas'
import type { Binder } from '@renderer/components/fields'
import { navigate } from '@renderer/app/router'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L } from './labels'

type B = Binder<Bid>

/**
 * The 评分项 no section answers yet (each linkable to a section right here, or opened in the matrix), and what each
 * section answers: the requirements its 响应招标要求 blocks answer and the 评分项 it is linked to, one click from each.
 */
export function ScoringLinksCard({
  b,
  matrix,
  goTo,
}: {
  b: B
  matrix: Matrix | null
  goTo(path: string): void
}) {
  const t = useLabels(L)
  const { sections, requirements } = b.doc
  const cov = useMemo(
    () => scoringCoverage({ sections, requirements }, matrix),
    [sections, requirements, matrix],
  )
  const items = matrix?.items ?? []
  const sectionOptions = sections.map((s, i) => ({ value: i, label: `${i + 1} ${s.title || t.untitled}` }))
  const link = (item: number, section: number) =>
    b.set(`sections.${section}.scoringItemIds`, [...sections[section].scoringItemIds, items[item].id])
  const itemLabel = (i: number) => `${items[i].name || items[i].id}（${items[i].maxPoints}）`
  return (
    <Card size="small" title={t.scoringTitle} data-testid="scoring-coverage" style={{ marginTop: 12 }}>
      {!matrix ? (
        <Typography.Text type="secondary">{t.noMatrix}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph>
            {fmt(t.scoringSummary, { answered: cov.scored - cov.unanswered.length, total: cov.scored })}
          </Typography.Paragraph>
          {cov.unanswered.length > 0 && <Typography.Text strong>{t.unansweredTitle}</Typography.Text>}
          {cov.unanswered.map((i) => (
            <div key={items[i].id} data-testid="unanswered-item" style={{ padding: '4px 0' }}>
              <Space wrap size={4}>
                <Tag color="red">{items[i].category}</Tag>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => navigate('matrices', matrix.id, `items.${i}.evidence`)}
                >
                  {itemLabel(i)}
                </Button>
                <Select
                  size="small"
                  style={{ width: 170 }}
                  placeholder={t.linkToSection}
                  options={sectionOptions}
                  value={null}
                  onChange={(s: number) => link(i, s)}
                  data-testid="unanswered-link"
                />
              </Space>
            </div>
          ))}
        </>
      )}
      <Typography.Paragraph strong style={{ marginTop: 8, marginBottom: 4 }}>
        {t.perSectionTitle}
      </Typography.Paragraph>
      {cov.sections
        .filter((s) => s.requirements.length + s.items.length > 0)
        .map((s) => (
          <div key={s.sectionId} data-testid="section-answers" style={{ padding: '4px 0' }}>
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() => goTo(`sections.${s.index}.title`)}
            >
              {`${s.index + 1} ${s.title || t.untitled}`}
            </Button>
            <div>
              {s.requirements.map((r) => (
                <Tag
                  key={r}
                  color="blue"
                  style={{ cursor: 'pointer' }}
                  data-testid="answered-requirement"
                  onClick={() => goTo(`requirements.${r}.responseText`)}
                >
                  {requirements[r].no || `#${r + 1}`}
                </Tag>
              ))}
              {s.items.map((i) => (
                <Tag
                  key={items[i].id}
                  color="green"
                  style={{ cursor: 'pointer' }}
                  data-testid="answered-item"
                  onClick={() => goTo(`sections.${s.index}.scoringItemIds`)}
                >
                  {itemLabel(i)}
                </Tag>
              ))}
            </div>
          </div>
        ))}
    </Card>
  )
}
