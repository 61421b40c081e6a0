import { Button, Col, Row, Space } from 'antd'
import { useMemo, useRef, useState } from 'react'
import {
  newId,
  PartKindSchema,
  SECTION_STATUSES,
  SectionSourceSchema,
  SectionSchema,
  type Bid,
  type Material,
  type Matrix,
} from '@shared/schemas'
import { formatDate } from '@shared/i18n/dates'
import type { Binder } from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { BuyerFormsCard, type ServerEdits } from './BuyerFormsCard'
import { MandatedOrderCard } from './MandatedOrderCard'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { L, SECTION_SOURCE, SECTION_STATUS } from './labels'
import { SectionCard, type CardActions, type CardOptions } from './SectionCard'
import { FormPicker, type PickerTarget } from './FormPicker'
import { ScoringLinksCard } from './ScoringLinksCard'
import { moveItem } from '@shared/domain/bids/section-order'
import { insertionIndex, type CatalogEntry } from '@shared/domain/sections/form-catalog'
import { formTraits } from '@shared/domain/tender/form-match'

type B = Binder<Bid>

/** The invalid-field messages of section i, as one string: a card re-renders when they change. */
function invalidOf(invalid: Record<string, string> | undefined, i: number): string {
  if (!invalid) return ''
  const prefix = `sections.${i}.`
  let out = ''
  for (const k in invalid) if (k.startsWith(prefix)) out += `${k}=${invalid[k]};`
  return out
}

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
  // A push from the open editor changes one section: only its card renders again (SectionCard is memo'd).
  const binder = useRef(b)
  binder.current = b
  const [over, setOver] = useState<number | null>(null)
  const drag = useRef<number | null>(null)
  drag.current = dragging
  // The cards get a binder and actions that never change identity; they read the current bid through the ref.
  const stable = useMemo<B>(
    () => ({
      get doc() {
        return binder.current.doc
      },
      get invalid() {
        return binder.current.invalid
      },
      set: ((path: never, value: never) => binder.current.set(path, value)) as B['set'],
    }),
    [],
  )
  const on = useMemo<CardActions>(() => {
    const sectionsNow = () => binder.current.doc.sections
    const move = (from: number, to: number) =>
      binder.current.set('sections', moveItem(sectionsNow(), from, to))
    return {
      move,
      remove: (id) =>
        binder.current.set(
          'sections',
          sectionsNow().filter((x) => x.id !== id),
        ),
      open: (id) => setActive(id),
      write: (i, doc, text) => {
        binder.current.set(`sections.${i}.doc`, doc)
        binder.current.set(`sections.${i}.content`, text)
      },
      pickForm: (i) => setPicker({ section: i }),
      dragging: () => drag.current !== null,
      dragStart: (i) => setDragging(i),
      dragEnd: () => {
        setDragging(null)
        setOver(null)
      },
      dragOver: (i) => setOver(i),
      dragLeave: (i) => setOver((o) => (o === i ? null : o)),
      drop: (i) => {
        if (drag.current !== null) move(drag.current, i)
        setDragging(null)
        setOver(null)
      },
    }
  }, [])
  // The one section whose editor is mounted.
  const [active, setActive] = useState<string | null>(null)
  const [picker, setPicker] = useState<PickerTarget>(null)
  const picked = (e: CatalogEntry) => {
    const at = picker?.section
    setPicker(null)
    if (at != null) {
      b.set(`sections.${at}.formKey`, e.key)
      b.set(`sections.${at}.source`, 'template')
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
    b.set('sections', [...sections.slice(0, i), section, ...sections.slice(i)])
  }
  const opts = useMemo<CardOptions>(
    () => ({
      kind: PartKindSchema.options.map((k) => ({ value: k, label: enumLabel(KIND, k, lang) })),
      status: SECTION_STATUSES.map((v) => ({ value: v, label: enumLabel(SECTION_STATUS, v, lang) })),
      source: SectionSourceSchema.options.map((v) => ({
        value: v,
        label: enumLabel(SECTION_SOURCE, v, lang),
      })),
      material: materials.map((m) => ({
        value: m.id,
        label: m.validTo
          ? fmt(t.materialValidTo, { title: m.title, date: formatDate(m.validTo, lang) })
          : m.title,
      })),
      item: (matrix?.items ?? []).map((it) => ({
        value: it.id,
        label: `${it.category}·${it.name || it.id}（${it.maxPoints}）`,
      })),
    }),
    [lang, t, materials, matrix],
  )
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
            <SectionCard
              key={s.id}
              s={s}
              i={i}
              last={i === sections.length - 1}
              active={active === s.id}
              drag={dragging === i ? 'dragging' : over === i && dragging !== null ? 'over' : null}
              b={stable}
              bidId={b.doc.id}
              requirements={b.doc.requirements}
              hasMatrix={!!matrix}
              opts={opts}
              on={on}
              invalid={invalidOf(b.invalid, i)}
            />
          ))}
        </Space>
        <Button
          style={{ marginTop: 12 }}
          data-testid="section-add"
          onClick={() =>
            b.set('sections', [...sections, SectionSchema.parse({ id: newId('s'), title: t.newSection })])
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
