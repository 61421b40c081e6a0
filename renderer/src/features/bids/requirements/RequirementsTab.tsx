import { FileExcelOutlined, PlusOutlined, SnippetsOutlined } from '@ant-design/icons'
import { Button, Input, Select, Space, Typography } from 'antd'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { newId, RequirementSchema, type Bid, type Material, type Requirement } from '@shared/schemas'
import { formatDate } from '@shared/i18n/dates'
import { useI18n } from '@renderer/app/i18n'
import { enumOptions, fmt, labelsFor, useLabels } from '@renderer/app/use-labels'
import type { Binder } from '@renderer/components/fields'
import {
  filterRequirements,
  isFiltering,
  NO_FILTER,
  statusCounts,
  type RequirementFilter,
} from '@shared/domain/bids/requirement-filter'
import { ImportDialog } from './ImportDialog'
import { PasteDialog } from './PasteDialog'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { L, STATUS } from './labels'
import { GRID, KINDS, MIN_WIDTH, RequirementRow, STATUSES, type EvidenceOption } from './RequirementRow'

interface Props {
  bid: Bid
  set: Binder<Bid>['set']
  materials: readonly Material[]
  filter: RequirementFilter
  onFilter(f: RequirementFilter): void
  /** A row to bring into view (from a check finding); `n` changes on every request. */
  focusRow: { index: number; n: number } | null
}

const HEADERS = [
  'colNo',
  'colSource',
  'colKind',
  'colStarScored',
  'colRequirement',
  'colStatus',
  'colDeviation',
  'colResponse',
  'colEvidence',
] as const

/** The requirements of a bid: filters, add / paste / import, and a virtualised list that stays smooth at 5,000 rows. */
export function RequirementsTab({ bid, set, materials, filter, onFilter, focusRow }: Props) {
  const { lang } = useI18n()
  const t = useLabels(L)
  const reqs = bid.requirements
  const scroller = useRef<HTMLDivElement>(null)
  const latest = useRef(reqs)
  latest.current = reqs
  const [dialog, setDialog] = useState<'paste' | 'import' | null>(null)

  const shown = useMemo(() => filterRequirements(reqs, filter), [reqs, filter])
  const counts = useMemo(() => statusCounts(reqs), [reqs])
  const virt = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: (i) => reqs[shown[i]]?.id ?? i,
  })

  const sections = bid.sections
  const sectionKey = sections.map((s) => `${s.id}:${s.title}`).join('|')
  // Rebuilt only when section titles, the library or the language change, so other edits do not re-render rows.
  const evidenceOptions = useMemo<EvidenceOption[]>(
    () => {
      const l = labelsFor(L, lang)
      return [
        {
          label: l.evidenceSections,
          options: sections.map((s, i) => ({
            value: `s:${s.id}`,
            label: `${i + 1}. ${s.title || l.untitled}`,
          })),
        },
        {
          label: l.evidenceLibrary,
          options: materials.map((m) => ({
            value: `m:${m.id}`,
            label: m.validTo
              ? fmt(l.materialValidTo, { title: m.title, date: formatDate(m.validTo, lang) })
              : m.title,
          })),
        },
      ]
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sectionKey, materials, lang],
  )
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sectionIds = useMemo(() => new Set(sections.map((s) => s.id)), [sectionKey])

  const remove = useCallback(
    (index: number) =>
      set(
        'requirements',
        latest.current.filter((_, i) => i !== index),
      ),
    [set],
  )
  const append = (added: Requirement[]) => {
    if (added.length === 0) return
    set('requirements', [...latest.current, ...added])
    onFilter(NO_FILTER)
    const last = latest.current.length + added.length - 1
    requestAnimationFrame(() => virt.scrollToIndex(last, { align: 'end' }))
  }
  const addOne = () => {
    const r = RequirementSchema.parse({
      id: newId('r'),
      no: String(reqs.length + 1),
      kind: filter.kind ?? '技术',
    })
    append([r])
    setTimeout(
      () => document.getElementById(`f-requirements.${latest.current.length - 1}.text`)?.focus(),
      120,
    )
  }

  useEffect(() => {
    if (!focusRow || focusRow.index >= reqs.length) return
    let pos = shown.indexOf(focusRow.index)
    if (pos < 0) {
      // The finding's row is filtered out: show everything rather than point at nothing.
      onFilter(NO_FILTER)
      pos = focusRow.index
    }
    virt.scrollToIndex(pos, { align: 'center' })
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRow])

  const f = filter
  return (
    <div data-field="requirements">
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          allowClear
          placeholder={t.filterStatus}
          style={{ width: 150 }}
          value={f.status ?? undefined}
          onChange={(v) => onFilter({ ...f, status: v ?? null })}
          options={enumOptions(STATUSES, STATUS, lang).map((o) => ({
            value: o.value,
            label: fmt(t.statusCount, { s: o.label, n: counts[o.value] }),
          }))}
          data-testid="req-filter-status"
        />
        <Select
          allowClear
          placeholder={t.filterKind}
          style={{ width: 100 }}
          value={f.kind ?? undefined}
          onChange={(v) => onFilter({ ...f, kind: v ?? null })}
          options={enumOptions(KINDS, KIND, lang)}
        />
        <Select
          allowClear
          placeholder="★"
          style={{ width: 110 }}
          value={f.star === null ? undefined : f.star ? 'y' : 'n'}
          onChange={(v) => onFilter({ ...f, star: v === undefined ? null : v === 'y' })}
          options={[
            { value: 'y', label: t.starOnly },
            { value: 'n', label: t.starNone },
          ]}
          data-testid="req-filter-star"
        />
        <Input.Search
          allowClear
          placeholder={t.search}
          style={{ width: 200 }}
          value={f.text}
          onChange={(e) => onFilter({ ...f, text: e.target.value })}
        />
        {isFiltering(f) && <Button onClick={() => onFilter(NO_FILTER)}>{t.clearFilter}</Button>}
        <Typography.Text type="secondary" data-testid="req-count">
          {shown.length === reqs.length
            ? fmt(t.countAll, { n: reqs.length })
            : fmt(t.countShown, { shown: shown.length, total: reqs.length })}
        </Typography.Text>
        <Button icon={<PlusOutlined />} onClick={addOne} data-testid="req-add">
          {t.add}
        </Button>
        <Button icon={<SnippetsOutlined />} onClick={() => setDialog('paste')} data-testid="req-paste">
          {t.pasteLines}
        </Button>
        <Button icon={<FileExcelOutlined />} onClick={() => setDialog('import')} data-testid="req-import">
          {t.importExcel}
        </Button>
      </Space>
      <div
        ref={scroller}
        style={{ height: 'calc(100vh - 330px)', minHeight: 320, overflow: 'auto' }}
        data-testid="req-scroller"
      >
        <div style={{ minWidth: MIN_WIDTH }}>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: GRID,
              gap: 4,
              fontWeight: 500,
              background: '#fafafa',
              padding: '6px 0',
              borderBottom: '1px solid #f0f0f0',
              position: 'sticky',
              top: 0,
              zIndex: 2,
            }}
          >
            {HEADERS.map((h) => (
              <div key={h}>{t[h]}</div>
            ))}
            <div />
          </div>
          {shown.length === 0 && (
            <Typography.Text type="secondary">{reqs.length ? t.noMatch : t.empty}</Typography.Text>
          )}
          <div style={{ height: virt.getTotalSize(), position: 'relative' }}>
            {virt.getVirtualItems().map((v) => {
              const i = shown[v.index]
              return (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={virt.measureElement}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  <RequirementRow
                    r={reqs[i]}
                    index={i}
                    set={set}
                    remove={remove}
                    evidenceOptions={evidenceOptions}
                    sectionIds={sectionIds}
                  />
                </div>
              )
            })}
          </div>
        </div>
      </div>
      {dialog === 'paste' && (
        <PasteDialog onCancel={() => setDialog(null)} onOk={(rs) => (append(rs), setDialog(null))} />
      )}
      {dialog === 'import' && (
        <ImportDialog
          bidId={bid.id}
          onCancel={() => setDialog(null)}
          onOk={(rs) => (append(rs), setDialog(null))}
        />
      )}
    </div>
  )
}
