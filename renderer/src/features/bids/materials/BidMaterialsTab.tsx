import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Col, Input, Row, Select, Switch, Table, Tag, Typography } from 'antd'
import {
  MATERIAL_KINDS,
  newId,
  RequiredMaterialSchema,
  type Bid,
  type Material,
} from '../../../../../shared/schemas'
import { navigate } from '../../../app/router'
import { DueTag } from '../../../components/DueTag'
import { SwitchField, type Binder } from '../../../components/fields'

type B = Binder & { doc: Bid }

function optionsOf(materials: readonly Material[], kind?: string) {
  return materials
    .filter((m) => !kind || m.kind === kind)
    .map((m) => ({ value: m.id, label: `${m.title}${m.validTo ? `（至 ${m.validTo}）` : ''}` }))
}

/** The materials a bid links (rather than copies) and the list of materials the tender requires. */
export function BidMaterialsTab({ b, materials }: { b: B; materials: readonly Material[] }) {
  const d = b.doc
  const byId = new Map(materials.map((m) => [m.id, m]))
  const linked = d.materialIds.map((id) => ({ id, m: byId.get(id) ?? null }))
  const req = d.requiredMaterials
  const setReq = (i: number, key: string, v: unknown) => b.set(['requiredMaterials', i, key], v)
  return (
    <>
      <Card size="small" title="本项目使用的资料（链接资料库，续期后自动更新）" data-field="materialIds">
        <Select
          id="f-materialIds"
          mode="multiple"
          style={{ width: '100%' }}
          placeholder="从资料库选择"
          optionFilterProp="label"
          value={d.materialIds}
          options={optionsOf(materials)}
          onChange={(v) => b.set(['materialIds'], v)}
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
              title: '资料',
              render: (_, r) =>
                r.m ? (
                  <a onClick={() => navigate('materials', r.id)}>{r.m.title}</a>
                ) : (
                  <Tag color="red">资料库中找不到 {r.id}</Tag>
                ),
            },
            { title: '类型', width: 130, render: (_, r) => r.m?.kind },
            {
              title: '有效期',
              width: 220,
              render: (_, r) => (r.m?.validTo ? <DueTag date={r.m.validTo} /> : '长期'),
            },
          ]}
        />
      </Card>
      <Card size="small" title="招标文件要求的资料" style={{ marginTop: 12 }} data-field="requiredMaterials">
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: '2fr 130px 150px 70px 2fr 32px',
            gap: 6,
            fontWeight: 500,
            marginBottom: 4,
          }}
        >
          <div>名称</div>
          <div>资料类型</div>
          <div>要求年度</div>
          <div>资格项</div>
          <div>选用的资料</div>
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
              options={MATERIAL_KINDS.map((k) => ({ value: k, label: k }))}
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
              placeholder="如 2023"
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
              placeholder="自动按类型和名称匹配"
              optionFilterProp="label"
              value={r.materialId ?? undefined}
              options={optionsOf(materials, r.materialKind)}
              onChange={(v) => setReq(i, 'materialId', v ?? null)}
            />
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label="删除"
              onClick={() =>
                b.set(
                  ['requiredMaterials'],
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
            b.set(
              ['requiredMaterials'],
              [...req, RequiredMaterialSchema.parse({ id: newId('q'), label: '' })],
            )
          }
          data-testid="required-add"
        >
          添加
        </Button>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          “资格项”缺失或过期将导致投标无效（否决风险）；未选用具体资料时，按资料类型和名称在本项目使用的资料中匹配。
        </Typography.Paragraph>
      </Card>
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col span={12}>
          <Card size="small" title="联合体">
            <SwitchField b={b} path={['consortium', 'isConsortium']} label="联合体投标" />
            {d.consortium.isConsortium && (
              <div data-field="consortium.agreementMaterialId">
                <div style={{ paddingBottom: 8 }}>联合体协议</div>
                <Select
                  id="f-consortium.agreementMaterialId"
                  allowClear
                  style={{ width: '100%' }}
                  optionFilterProp="label"
                  value={d.consortium.agreementMaterialId ?? undefined}
                  options={optionsOf(materials)}
                  onChange={(v) => b.set(['consortium', 'agreementMaterialId'], v ?? null)}
                />
              </div>
            )}
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title="制造商授权">
            <SwitchField b={b} path={['manufacturerAuthRequired']} label="招标要求制造商授权" />
            {d.manufacturerAuthRequired && (
              <div data-field="manufacturerAuthMaterialId">
                <div style={{ paddingBottom: 8 }}>制造商授权书</div>
                <Select
                  id="f-manufacturerAuthMaterialId"
                  allowClear
                  style={{ width: '100%' }}
                  optionFilterProp="label"
                  value={d.manufacturerAuthMaterialId ?? undefined}
                  options={optionsOf(materials)}
                  onChange={(v) => b.set(['manufacturerAuthMaterialId'], v ?? null)}
                />
              </div>
            )}
          </Card>
        </Col>
      </Row>
    </>
  )
}
