import { ArrowDownOutlined, ArrowUpOutlined, HolderOutlined } from '@ant-design/icons'
import { Button, Card, Col, Input, Row, Select, Space, Tag } from 'antd'
import { useCallback, useRef, useState } from 'react'
import {
  newId,
  PartKindSchema,
  SECTION_STATUSES,
  SectionSourceSchema,
  SectionSchema,
  type Bid,
  type Material,
  type Matrix,
  type SectionDoc,
} from '@shared/schemas'
import { DateField, SelectField, SwitchField, TextField, type Binder } from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { BuyerFormsCard, type ServerEdits } from './BuyerFormsCard'
import { MandatedOrderCard } from './MandatedOrderCard'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { L, SECTION_SOURCE, SECTION_STATUS } from './labels'
import { SectionBody } from './SectionBody'
import { FormPicker, type PickerTarget } from './FormPicker'
import { ScoringLinksCard } from './ScoringLinksCard'
import { moveItem } from '@shared/domain/bids/section-order'
import { insertionIndex, type CatalogEntry } from '@shared/domain/sections/form-catalog'
import { formTraits } from '@shared/domain/tender/form-match'

type B = Binder & { doc: Bid }

const STATUS_COLOR = { 待写: 'default', 初稿: 'gold', 审核: 'blue', 定稿: 'green' } as const

/** Sections of the response in their actual order: drag (or the arrows) to reorder, link materials, mark seals and signatures. */
export function SectionsTab({
  b,
  materials,
  server,
  matrix = null,
  goTo = () => {},
}: {
  b: B
  materials: readonly Material[]
  /** Present on the bid page: the buyer's forms card saves first and reloads the bid after the server's change. */
  server?: ServerEdits
  matrix?: Matrix | null
  goTo?(path: string): void
}) {
  const { lang } = useI18n()
  const t = useLabels(L)
  const sections = b.doc.sections
  const [dragging, setDragging] = useState<number | null>(null)
  // Stable callbacks: a push from the open editor re-renders that section's body only, not all 50 (SectionBody is memo'd).
  const binder = useRef(b)
  binder.current = b
  const openSection = useCallback((id: string) => setActive(id), [])
  const writeSection = useCallback((i: number, doc: SectionDoc, text: string) => {
    binder.current.set(['sections', i, 'doc'], doc)
    binder.current.set(['sections', i, 'content'], text)
  }, [])
  const [over, setOver] = useState<number | null>(null)
  // The one section whose editor is mounted.
  const [active, setActive] = useState<string | null>(null)
  const [picker, setPicker] = useState<PickerTarget>(null)
  const sourceOptions = SectionSourceSchema.options.map((v) => ({
    value: v,
    label: enumLabel(SECTION_SOURCE, v, lang),
  }))
  const picked = (e: CatalogEntry) => {
    const at = picker?.section
    setPicker(null)
    if (at != null) {
      b.set(['sections', at, 'formKey'], e.key)
      b.set(['sections', at, 'source'], 'template')
      return
    }
    // A new section where the tender's order puts it, sealed/signed as that kind of form is.
    const section = SectionSchema.parse({
      id: newId('s'),
      title: e.title,
      formKey: e.key,
      source: e.key ? 'template' : /[表函书]$|证明|声明/.test(e.title) ? 'buyerForm' : 'written',
      ...formTraits(e.title),
    })
    const i = insertionIndex(sections, b.doc.mandatedOrder, e.title)
    b.set(['sections'], [...sections.slice(0, i), section, ...sections.slice(i)])
  }
  const statusOptions = SECTION_STATUSES.map((v) => ({ value: v, label: enumLabel(SECTION_STATUS, v, lang) }))
  const move = (from: number, to: number) => b.set(['sections'], moveItem(sections, from, to))
  const materialOptions = materials.map((m) => ({
    value: m.id,
    label: m.validTo ? fmt(t.materialValidTo, { title: m.title, date: m.validTo }) : m.title,
  }))
  const itemOptions = (matrix?.items ?? []).map((it) => ({
    value: it.id,
    label: `${it.category}·${it.name || it.id}（${it.maxPoints}）`,
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
                  <div data-field={`sections.${i}.formKey`} style={{ marginBottom: 12 }}>
                    <div style={{ paddingBottom: 8 }}>{t.formKey}</div>
                    <Space.Compact style={{ width: '100%' }}>
                      <Input
                        id={`f-sections.${i}.formKey`}
                        readOnly
                        value={s.formKey ?? ''}
                        placeholder={t.noForm}
                        data-testid="section-form"
                        onClick={() => setPicker({ section: i })}
                      />
                      <Button data-testid="section-form-choose" onClick={() => setPicker({ section: i })}>
                        {t.chooseForm}
                      </Button>
                      {s.formKey && (
                        <Button
                          onClick={() => {
                            b.set(['sections', i, 'formKey'], null)
                            b.set(['sections', i, 'source'], 'written')
                          }}
                        >
                          {t.clearForm}
                        </Button>
                      )}
                    </Space.Compact>
                  </div>
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
                <Col span={6}>
                  <SelectField
                    b={b}
                    path={['sections', i, 'source']}
                    label={t.source}
                    options={sourceOptions}
                  />
                </Col>
                <Col span={24}>
                  <SectionBody
                    section={s}
                    index={i}
                    active={active === s.id}
                    onOpen={openSection}
                    requirements={b.doc.requirements}
                    onChange={writeSection}
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
                {matrix && (
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
                        options={itemOptions}
                        onChange={(v) => b.set(['sections', i, 'scoringItemIds'], v)}
                        data-testid="section-scoring-items"
                      />
                    </div>
                  </Col>
                )}
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
        <Button
          style={{ marginTop: 12, marginLeft: 8 }}
          data-testid="section-add-form"
          onClick={() => setPicker({ section: null })}
        >
          {t.addForm}
        </Button>
        <FormPicker bid={b.doc} target={picker} onClose={() => setPicker(null)} onPick={picked} />
      </Col>
      <Col span={9}>
        <MandatedOrderCard b={b} />
        {server && <BuyerFormsCard bid={b.doc} server={server} />}
        <ScoringLinksCard b={b} matrix={matrix} goTo={goTo} />
      </Col>
    </Row>
  )
}
