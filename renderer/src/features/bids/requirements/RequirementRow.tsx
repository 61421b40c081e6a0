import { DeleteOutlined } from '@ant-design/icons'
import { Button, Checkbox, Input, Select } from 'antd'
import { memo } from 'react'
import type { Lang } from '@shared/i18n'
import type { Requirement } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumOptions, labelsFor } from '@renderer/app/use-labels'
import type { Binder } from '@renderer/components/fields'
import type { Bid } from '@shared/schemas'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { DEVIATION, L, STATUS } from './labels'

export const KINDS = ['资格', '商务', '技术', '报价', '其他'] as const
export const STATUSES = ['未处理', '响应', '部分响应', '不响应'] as const
export const DEVIATIONS = ['正偏离', '无偏离', '负偏离'] as const

/** Column widths shared by the header and every row, so they line up without a table element. */
export const GRID = '56px 104px 78px 52px minmax(200px,2fr) 96px 104px minmax(200px,2fr) 170px 28px'
/** Below this the list scrolls sideways rather than squeezing the text columns. */
export const MIN_WIDTH = 1120

export interface EvidenceOption {
  label: string
  options: { value: string; label: string }[]
}

interface Props {
  r: Requirement
  index: number
  set: Binder<Bid>['set']
  remove(index: number): void
  /** Sections and materials to link as evidence; stable between edits so rows do not re-render. */
  evidenceOptions: EvidenceOption[]
  sectionIds: ReadonlySet<string>
}

const STATUS_COLOR: Record<string, string> = { 未处理: '#fff7e6', 不响应: '#fff1f0', 部分响应: '#fffbe6' }

// Built once per language so the memoised rows get the same option arrays on every render.
function rowOptions(lang: Lang) {
  const t = labelsFor(L, lang)
  const dev = enumOptions(DEVIATIONS, DEVIATION, lang)
  return {
    t,
    status: enumOptions(STATUSES, STATUS, lang),
    kind: enumOptions(KINDS, KIND, lang),
    dev,
    table: [{ value: '', label: t.deviationTableEmpty }, ...dev],
  }
}
const ROW_OPTS = { zh: rowOptions('zh'), en: rowOptions('en') }

/**
 * One requirement as a row of inputs. Memoised on the requirement object itself: an edit copies only
 * the edited requirement, so the other rows keep their identity and skip rendering.
 */
export const RequirementRow = memo(function RequirementRow({
  r,
  index,
  set,
  remove,
  evidenceOptions,
  sectionIds,
}: Props) {
  const { lang } = useI18n()
  const { t, status, kind, dev, table } = ROW_OPTS[lang]
  const p = <S extends string>(k: S) => `requirements.${index}.${k}` as const
  const id = (k: string) => `f-requirements.${index}.${k}`
  const evidence = [
    ...r.evidence.sectionIds.map((x) => `s:${x}`),
    ...r.evidence.materialIds.map((x) => `m:${x}`),
  ]
  return (
    <div
      className="bb-req-row"
      data-field={`requirements.${index}`}
      data-testid="req-row"
      style={{
        display: 'grid',
        gridTemplateColumns: GRID,
        alignItems: 'start',
        gap: 4,
        padding: '4px 0',
        borderBottom: '1px solid #f0f0f0',
        background: r.star ? '#fffdf5' : undefined,
      }}
    >
      <Input
        id={id('no')}
        size="small"
        value={r.no}
        onChange={(e) => set(p('no'), e.target.value)}
        aria-label={t.colNo}
      />
      <div>
        <Input
          id={id('source.chapter')}
          size="small"
          value={r.source.chapter}
          placeholder={t.chapter}
          onChange={(e) => set(p('source.chapter'), e.target.value)}
        />
        <Input
          id={id('source.page')}
          size="small"
          value={r.source.page}
          placeholder={t.page}
          onChange={(e) => set(p('source.page'), e.target.value)}
          style={{ marginTop: 2 }}
        />
      </div>
      <Select
        id={id('kind')}
        size="small"
        value={r.kind}
        options={kind}
        onChange={(v) => set(p('kind'), v)}
      />
      <div style={{ fontSize: 12, lineHeight: '20px' }}>
        <Checkbox id={id('star')} checked={r.star} onChange={(e) => set(p('star'), e.target.checked)}>
          ★
        </Checkbox>
        <Checkbox
          id={id('scored')}
          checked={r.scored}
          onChange={(e) => set(p('scored'), e.target.checked)}
          title={t.scoredItem}
        >
          {t.scoredShort}
        </Checkbox>
      </div>
      <Input.TextArea
        id={id('text')}
        size="small"
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={r.text}
        onChange={(e) => set(p('text'), e.target.value)}
        aria-label={t.colRequirement}
      />
      <Select
        id={id('status')}
        size="small"
        value={r.status}
        options={status}
        onChange={(v) => set(p('status'), v)}
        style={{ background: STATUS_COLOR[r.status] }}
        data-testid="req-status"
      />
      <div>
        <Select
          id={id('deviation')}
          size="small"
          value={r.deviation}
          options={dev}
          onChange={(v) => set(p('deviation'), v)}
          style={{ width: '100%' }}
        />
        <Select
          id={id('deviationTableEntry')}
          size="small"
          value={r.deviationTableEntry ?? ''}
          options={table}
          onChange={(v) => set(p('deviationTableEntry'), (v || null) as Requirement['deviationTableEntry'])}
          style={{ width: '100%', marginTop: 2 }}
          title={t.deviationTableTitle}
        />
      </div>
      <Input.TextArea
        id={id('responseText')}
        size="small"
        autoSize={{ minRows: 1, maxRows: 4 }}
        value={r.responseText}
        onChange={(e) => set(p('responseText'), e.target.value)}
        aria-label={t.colResponse}
        placeholder={t.responsePlaceholder}
      />
      <Select
        id={id('evidence')}
        size="small"
        mode="multiple"
        maxTagCount="responsive"
        placeholder={t.evidence}
        value={evidence}
        options={evidenceOptions}
        optionFilterProp="label"
        onChange={(vals: string[]) => {
          set(p('evidence'), {
            sectionIds: vals
              .filter((v) => v.startsWith('s:') && sectionIds.has(v.slice(2)))
              .map((v) => v.slice(2)),
            materialIds: vals.filter((v) => v.startsWith('m:')).map((v) => v.slice(2)),
          })
        }}
      />
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t.deleteRequirement}
        onClick={() => remove(index)}
      />
    </div>
  )
})
