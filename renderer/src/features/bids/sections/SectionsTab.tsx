import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons'
import { Button, Card, Col, Row, Select, Space, Tag } from 'antd'
import { useState } from 'react'
import {
  newId,
  PartKindSchema,
  SECTION_STATUSES,
  SectionSchema,
  type Bid,
  type Material,
} from '@shared/schemas'
import { DateField, SelectField, SwitchField, TextField, type Binder } from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { MandatedOrderCard } from './MandatedOrderCard'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { L, SECTION_STATUS } from './labels'
import { SectionBody } from './SectionBody'
import { moveItem } from '@shared/domain/bids/section-order'

type B = Binder & { doc: Bid }

const STATUS_COLOR = { 待写: 'default', 初稿: 'gold', 审核: 'blue', 定稿: 'green' } as const

/** Sections of the response in their actual order: drag (or the arrows) to reorder, link materials, mark seals and signatures. */
export function SectionsTab({ b, materials }: { b: B; materials: readonly Material[] }) {
  const { lang } = useI18n()
  const t = useLabels(L)
  const sections = b.doc.sections
  const [dragging, setDragging] = useState<number | null>(null)
  const [over, setOver] = useState<number | null>(null)
  // The one section whose editor is mounted.
  const [active, setActive] = useState<string | null>(null)
  const statusOptions = SECTION_STATUSES.map((v) => ({ value: v, label: enumLabel(SECTION_STATUS, v, lang) }))
  const move = (from: number, to: number) => b.set(['sections'], moveItem(sections, from, to))
  const materialOptions = materials.map((m) => ({
    value: m.id,
    label: m.validTo ? fmt(t.materialValidTo, { title: m.title, date: m.validTo }) : m.title,
  }))
  const kindOptions = PartKindSchema.options.map((k) => ({ value: k, label: enumLabel(KIND, k, lang) }))
  return (
    <Row gutter={12}>
      <Col span={15}>
        <Space
          direction="vertical"
          style={{ width: '100%' }}
          data-testid="sections-list"
          data-field="sections"
        >
          {sections.map((s, i) => (
            <Card
              key={s.id}
              size="small"
              data-field={`sections.${i}`}
              data-testid="section-card"
              onDragOver={(e) => {
                if (dragging === null) return
                e.preventDefault()
                setOver(i)
              }}
              onDragLeave={() => setOver((o) => (o === i ? null : o))}
              onDrop={(e) => {
                e.preventDefault()
                if (dragging !== null) move(dragging, i)
                setDragging(null)
                setOver(null)
              }}
              style={{
                borderTop:
                  over === i && dragging !== null && dragging !== i ? '3px solid #1677ff' : undefined,
                opacity: dragging === i ? 0.5 : 1,
              }}
              title={
                <Space>
                  <span
                    draggable
                    onDragStart={(e) => {
                      e.dataTransfer.effectAllowed = 'move'
                      e.dataTransfer.setData('text/plain', String(i))
                      setDragging(i)
                    }}
                    onDragEnd={() => {
                      setDragging(null)
                      setOver(null)
                    }}
                    style={{ cursor: 'grab' }}
                    title={t.dragToReorder}
                    data-testid="section-handle"
                  >
                    <HolderOutlined />
                  </span>
                  <Tag>{i + 1}</Tag>
                  {s.title || t.untitledSection}
                  <Tag color="blue">{enumLabel(KIND, s.kind, lang)}</Tag>
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
                    onClick={() => move(i, i - 1)}
                  />
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined />}
                    aria-label={t.moveDown}
                    disabled={i === sections.length - 1}
                    onClick={() => move(i, i + 1)}
                  />
                  <Button
                    size="small"
                    danger
                    onClick={() =>
                      b.set(
                        ['sections'],
                        sections.filter((x) => x.id !== s.id),
                      )
                    }
                  >
                    {t.remove}
                  </Button>
                </Space>
              }
            >
              <Row gutter={12}>
                <Col span={12}>
                  <TextField b={b} path={['sections', i, 'title']} label={t.sectionTitle} />
                </Col>
                <Col span={5}>
                  <SelectField b={b} path={['sections', i, 'kind']} label={t.kind} options={kindOptions} />
                </Col>
                <Col span={7}>
                  <TextField b={b} path={['sections', i, 'formKey']} label={t.formKey} />
                </Col>
                <Col span={6}>
                  <SelectField
                    b={b}
                    path={['sections', i, 'status']}
                    label={t.status}
                    options={statusOptions}
                  />
                </Col>
                <Col span={6}>
                  <TextField b={b} path={['sections', i, 'owner']} label={t.owner} />
                </Col>
                <Col span={24}>
                  <SectionBody
                    section={s}
                    index={i}
                    active={active === s.id}
                    onOpen={() => setActive(s.id)}
                    requirements={b.doc.requirements}
                    onChange={(doc, text) => {
                      b.set(['sections', i, 'doc'], doc)
                      b.set(['sections', i, 'content'], text)
                    }}
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
                      options={materialOptions}
                      onChange={(v) => b.set(['sections', i, 'materialIds'], v)}
                    />
                  </div>
                </Col>
                <Col span={8}>
                  <DateField b={b} path={['sections', i, 'signDate']} label={t.signDate} />
                </Col>
                <Col span={4}>
                  <SwitchField b={b} path={['sections', i, 'needsSeal']} label={t.needsSeal} />
                </Col>
                <Col span={4}>
                  <SwitchField b={b} path={['sections', i, 'sealDone']} label={t.sealDone} />
                </Col>
                <Col span={4}>
                  <SwitchField b={b} path={['sections', i, 'needsSignature']} label={t.needsSignature} />
                </Col>
                <Col span={4}>
                  <SwitchField b={b} path={['sections', i, 'signatureDone']} label={t.signatureDone} />
                </Col>
                <Col span={4}>
                  <SwitchField b={b} path={['sections', i, 'done']} label={t.complete} />
                </Col>
              </Row>
            </Card>
          ))}
        </Space>
        <Button
          style={{ marginTop: 12 }}
          data-testid="section-add"
          onClick={() =>
            b.set(['sections'], [...sections, SectionSchema.parse({ id: newId('s'), title: t.newSection })])
          }
        >
          {t.addSection}
        </Button>
      </Col>
      <Col span={9}>
        <MandatedOrderCard b={b} />
      </Col>
    </Row>
  )
}
