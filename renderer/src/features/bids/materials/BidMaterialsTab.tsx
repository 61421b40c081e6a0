import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Col, Input, Row, Select, Switch, Table, Tag, Typography } from 'antd'
import { MATERIAL_KINDS, newId, RequiredMaterialSchema, type Bid, type Material } from '@shared/schemas'
import { formatDate } from '@shared/i18n/dates'
import type { Lang } from '@shared/i18n'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels, type Labels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import { DueTag } from '@renderer/components/DueTag'
import { put, SwitchField, type Binder } from '@renderer/components/fields'
import { MATERIAL_KIND as KIND } from '@renderer/app/enum-labels'
import { L as LABELS } from './labels'

type B = Binder<Bid>

function optionsOf(L: Labels<typeof LABELS>, lang: Lang, materials: readonly Material[], kind?: string) {
  return materials
    .filter((m) => !kind || m.kind === kind)
    .map((m) => ({
      value: m.id,
      label: `${m.title}${m.validTo ? fmt(L.validTo, { date: formatDate(m.validTo, lang) }) : ''}`,
    }))
}

/** The materials a bid links (rather than copies) and the list of materials the tender requires. */
export function BidMaterialsTab({ b, materials }: { b: B; materials: readonly Material[] }) {
  const { lang } = useI18n()
  const L = useLabels(LABELS)
  const d = b.doc
  const byId = new Map(materials.map((m) => [m.id, m]))
  const linked = d.materialIds.map((id) => ({ id, m: byId.get(id) ?? null }))
  const req = d.requiredMaterials
  const setReq = (
    i: number,
    key: 'label' | 'materialKind' | 'years' | 'qualification' | 'materialId',
    v: unknown,
  ) => put(b, `requiredMaterials.${i}.${key}`, v)
  return (
    <>
      <Card size="small" title={L.linkedTitle} data-field="materialIds">
        <Select
          id="f-materialIds"
          mode="multiple"
          style={{ width: '100%' }}
          placeholder={L.pickPlaceholder}
          optionFilterProp="label"
          value={d.materialIds}
          options={optionsOf(L, lang, materials)}
          onChange={(v) => b.set('materialIds', v)}
          data-testid="bid-material-select"
        />
        <Table
          style={{ marginTop: 8 }}
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={linked}
          columns={[
            {
              title: L.colMaterial,
              render: (_, r) =>
                r.m ? (
                  <a onClick={() => navigate('materials', r.id)}>{r.m.title}</a>
                ) : (
                  <Tag color="red">{fmt(L.missing, { id: r.id })}</Tag>
                ),
            },
            { title: L.colKind, width: 130, render: (_, r) => r.m && enumLabel(KIND, r.m.kind, lang) },
            {
              title: L.colValidity,
              width: 220,
              render: (_, r) => (r.m?.validTo ? <DueTag date={r.m.validTo} /> : L.noExpiry),
            },
          ]}
        />
      </Card>
      <Card size="small" title={L.requiredTitle} style={{ marginTop: 12 }} data-field="requiredMaterials">
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: '2fr 130px 150px 70px 2fr 32px',
            gap: 6,
            fontWeight: 500,
            marginBottom: 4,
          }}
        >
          <div>{L.name}</div>
          <div>{L.kind}</div>
          <div>{L.years}</div>
          <div>{L.qualification}</div>
          <div>{L.chosen}</div>
          <div />
        </div>
        {req.map((r, i) => (
          <div
            key={r.id}
            data-field={`requiredMaterials.${i}`}
            style={{
              display: 'grid',
              gridTemplateColumns: '2fr 130px 150px 70px 2fr 32px',
              gap: 6,
              marginBottom: 4,
            }}
          >
            <Input
              id={`f-requiredMaterials.${i}.label`}
              size="small"
              value={r.label}
              onChange={(e) => setReq(i, 'label', e.target.value)}
            />
            <Select
              id={`f-requiredMaterials.${i}.materialKind`}
              size="small"
              value={r.materialKind}
              options={MATERIAL_KINDS.map((k) => ({ value: k, label: enumLabel(KIND, k, lang) }))}
              onChange={(v) => setReq(i, 'materialKind', v)}
            />
            <Select
              id={`f-requiredMaterials.${i}.years`}
              size="small"
              mode="tags"
              value={r.years.map(String)}
              tokenSeparators={[',', '，', ' ']}
              onChange={(v: string[]) =>
                setReq(
                  i,
                  'years',
                  [
                    ...new Set(v.map(Number).filter((y) => Number.isInteger(y) && y >= 1990 && y <= 2100)),
                  ].sort(),
                )
              }
              placeholder={L.yearsPlaceholder}
            />
            <Switch
              id={`f-requiredMaterials.${i}.qualification`}
              size="small"
              checked={r.qualification}
              onChange={(v) => setReq(i, 'qualification', v)}
            />
            <Select
              id={`f-requiredMaterials.${i}.materialId`}
              size="small"
              allowClear
              placeholder={L.autoMatch}
              optionFilterProp="label"
              value={r.materialId ?? undefined}
              options={optionsOf(L, lang, materials, r.materialKind)}
              onChange={(v) => setReq(i, 'materialId', v ?? null)}
            />
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={L.remove}
              onClick={() =>
                b.set(
                  'requiredMaterials',
                  req.filter((_, k) => k !== i),
                )
              }
            />
          </div>
        ))}
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() =>
            b.set('requiredMaterials', [...req, RequiredMaterialSchema.parse({ id: newId('q'), label: '' })])
          }
          data-testid="required-add"
        >
          {L.add}
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {L.note}
        </Typography.Paragraph>
      </Card>
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col span={12}>
          <Card size="small" title={L.manufacturerAuth}>
            <SwitchField b={b} path={'manufacturerAuthRequired'} label={L.manufacturerAuthRequired} />
            {d.manufacturerAuthRequired && (
              <div data-field="manufacturerAuthMaterialId">
                <div style={{ paddingBottom: 8 }}>{L.manufacturerAuthLetter}</div>
                <Select
                  id="f-manufacturerAuthMaterialId"
                  allowClear
                  style={{ width: '100%' }}
                  optionFilterProp="label"
                  value={d.manufacturerAuthMaterialId ?? undefined}
                  options={optionsOf(L, lang, materials)}
                  onChange={(v) => b.set('manufacturerAuthMaterialId', v ?? null)}
                />
              </div>
            )}
          </Card>
        </Col>
      </Row>
    </>
  )
}
