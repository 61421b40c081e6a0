import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons'
import { Button, Card, Col, Input, Row, Select, Space, Tag } from 'antd'
import { memo } from 'react'
import type { Bid, Requirement, Section, SectionDoc } from '@shared/schemas'
import { DateField, SelectField, SwitchField, TextField, type Binder } from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, useLabels } from '@renderer/app/use-labels'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { L, SECTION_SOURCE, SECTION_STATUS } from './labels'
import { SectionBody } from './SectionBody'
import './section-card.css'

const STATUS_COLOR = { 待写: 'default', 初稿: 'gold', 审核: 'blue', 定稿: 'green' } as const

type Option = { value: string; label: string }

/** The options of a card's selects, built once per list render (not per card). */
export interface CardOptions {
  kind: Option[]
  status: Option[]
  source: Option[]
  material: Option[]
  item: Option[]
}

/** What a card asks of the list; the list keeps these stable, so an unchanged card is not re-rendered. */
export interface CardActions {
  move(from: number, to: number): void
  remove(id: string): void
  open(id: string): void
  write(index: number, doc: SectionDoc, text: string): void
  pickForm(index: number): void
  dragging(): boolean
  dragStart(index: number): void
  dragEnd(): void
  dragOver(index: number): void
  dragLeave(index: number): void
  drop(index: number): void
}

/**
 * One section of the list. Memo'd: the editor's push (after a pause in typing) changes one section, and only its card
 * renders again; `b` is a binder whose identity never changes (it reads the current bid), and `invalid` names this
 * card's invalid fields, so a validation message still reaches it.
 */
export const SectionCard = memo(function SectionCard({
  s,
  i,
  last,
  active,
  drag,
  b,
  bidId,
  requirements,
  hasMatrix,
  opts,
  on,
}: {
  s: Section
  i: number
  last: boolean
  active: boolean
  drag: 'dragging' | 'over' | null
  b: Binder<Bid>
  bidId: string
  requirements: readonly Requirement[]
  hasMatrix: boolean
  opts: CardOptions
  on: CardActions
  invalid: string
}) {
  const { lang } = useI18n()
  const t = useLabels(L)
  return (
    <Card
      size="small"
      data-field={`sections.${i}`}
      data-testid="section-card"
      className={active ? undefined : 'bb-section-closed'}
      onDragOver={(e) => {
        if (!on.dragging()) return
        e.preventDefault()
        on.dragOver(i)
      }}
      onDragLeave={() => on.dragLeave(i)}
      onDrop={(e) => {
        e.preventDefault()
        on.drop(i)
      }}
      style={{
        borderTop: drag === 'over' ? '3px solid #1677ff' : undefined,
        opacity: drag === 'dragging' ? 0.5 : 1,
      }}
      title={
        <Space>
          <span
            draggable
            onDragStart={(e) => {
              e.dataTransfer.effectAllowed = 'move'
              e.dataTransfer.setData('text/plain', String(i))
              on.dragStart(i)
            }}
            onDragEnd={on.dragEnd}
            style={{ cursor: 'grab' }}
            title={t.dragToReorder}
            data-testid="section-handle"
          >
            <HolderOutlined />
          </span>
          <Tag>{i + 1}</Tag>
          {s.title || t.untitledSection}
          <Tag color="blue">{enumLabel(KIND, s.kind, lang)}</Tag>
          <Tag data-testid="section-source">{enumLabel(SECTION_SOURCE, s.source, lang)}</Tag>
          {s.formKey && <Tag color="purple">{s.formKey}</Tag>}
          <Tag color={STATUS_COLOR[s.status]} data-testid="section-status">
            {enumLabel(SECTION_STATUS, s.status, lang)}
          </Tag>
          {s.owner && <Tag>{s.owner}</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Button
            size="small"
            icon={<ArrowUpOutlined />}
            aria-label={t.moveUp}
            disabled={i === 0}
            onClick={() => on.move(i, i - 1)}
          />
          <Button
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={t.moveDown}
            disabled={last}
            onClick={() => on.move(i, i + 1)}
          />
          <Button size="small" danger onClick={() => on.remove(s.id)}>
            {t.remove}
          </Button>
        </Space>
      }
    >
      <Row gutter={12}>
        <Col span={12}>
          <TextField b={b} path={`sections.${i}.title`} label={t.sectionTitle} />
        </Col>
        <Col span={5}>
          <SelectField b={b} path={`sections.${i}.kind`} label={t.kind} options={opts.kind} />
        </Col>
        <Col span={7}>
          <div data-field={`sections.${i}.formKey`} style={{ marginBottom: 12 }}>
            <div style={{ paddingBottom: 8 }}>{t.formKey}</div>
            <Space.Compact style={{ width: '100%' }}>
              <Input
                id={`f-sections.${i}.formKey`}
                readOnly
                value={s.formKey ?? ''}
                placeholder={t.noForm}
                data-testid="section-form"
                onClick={() => on.pickForm(i)}
              />
              <Button data-testid="section-form-choose" onClick={() => on.pickForm(i)}>
                {t.chooseForm}
              </Button>
              {s.formKey && (
                <Button
                  onClick={() => {
                    b.set(`sections.${i}.formKey`, null)
                    b.set(`sections.${i}.source`, 'written')
                  }}
                >
                  {t.clearForm}
                </Button>
              )}
            </Space.Compact>
          </div>
        </Col>
        <Col span={6}>
          <SelectField b={b} path={`sections.${i}.status`} label={t.status} options={opts.status} />
        </Col>
        <Col span={6}>
          <TextField b={b} path={`sections.${i}.owner`} label={t.owner} />
        </Col>
        <Col span={6}>
          <SelectField b={b} path={`sections.${i}.source`} label={t.source} options={opts.source} />
        </Col>
        <Col span={24}>
          <SectionBody
            bidId={bidId}
            section={s}
            index={i}
            active={active}
            onOpen={on.open}
            requirements={requirements}
            onChange={on.write}
          />
        </Col>
        <Col span={16}>
          <div data-field={`sections.${i}.materialIds`} style={{ marginBottom: 12 }}>
            <div style={{ paddingBottom: 8 }}>{t.materials}</div>
            <Select
              id={`f-sections.${i}.materialIds`}
              mode="multiple"
              style={{ width: '100%' }}
              placeholder={t.materialsPlaceholder}
              optionFilterProp="label"
              value={s.materialIds}
              options={opts.material}
              onChange={(v) => b.set(`sections.${i}.materialIds`, v)}
            />
          </div>
        </Col>
        {hasMatrix && (
          <Col span={24}>
            <div data-field={`sections.${i}.scoringItemIds`} style={{ marginBottom: 12 }}>
              <div style={{ paddingBottom: 8 }}>{t.scoringItems}</div>
              <Select
                id={`f-sections.${i}.scoringItemIds`}
                mode="multiple"
                style={{ width: '100%' }}
                placeholder={t.scoringItemsPlaceholder}
                optionFilterProp="label"
                value={s.scoringItemIds}
                options={opts.item}
                onChange={(v) => b.set(`sections.${i}.scoringItemIds`, v)}
                data-testid="section-scoring-items"
              />
            </div>
          </Col>
        )}
        <Col span={8}>
          <DateField b={b} path={`sections.${i}.signDate`} label={t.signDate} />
        </Col>
        <Col span={4}>
          <SwitchField b={b} path={`sections.${i}.needsSeal`} label={t.needsSeal} />
        </Col>
        <Col span={4}>
          <SwitchField b={b} path={`sections.${i}.sealDone`} label={t.sealDone} />
        </Col>
        <Col span={4}>
          <SwitchField b={b} path={`sections.${i}.needsSignature`} label={t.needsSignature} />
        </Col>
        <Col span={4}>
          <SwitchField b={b} path={`sections.${i}.signatureDone`} label={t.signatureDone} />
        </Col>
        <Col span={4}>
          <SwitchField b={b} path={`sections.${i}.done`} label={t.complete} />
        </Col>
      </Row>
    </Card>
  )
})
