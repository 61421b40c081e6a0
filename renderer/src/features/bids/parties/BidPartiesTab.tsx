import { Card, Col, Row, Select, Typography } from 'antd'
import { ConsortiumMemberSchema, EnterpriseSizeSchema, type Bid, type Material } from '@shared/schemas'
import { ArrayTable } from '@renderer/components/ArrayTable'
import {
  fieldId,
  valueAt,
  NumberField,
  SelectField,
  SwitchField,
  TextField,
  type Binder,
} from '@renderer/components/fields'
import { useLabels } from '@renderer/app/use-labels'
import { PARTIES } from './labels'

type B = Binder<Bid>

const materialOptions = (materials: readonly Material[]) =>
  materials.map((m) => ({ value: m.id, label: `${m.title}${m.holder ? `（${m.holder}）` : ''}` }))

/** One library material for a field (联合体协议, 声明函). */
function MaterialField(p: {
  b: B
  path: 'consortium.agreementMaterialId' | 'sme.declarationMaterialId' | 'sme.prisonCertificateMaterialId'
  label: string
  materials: readonly Material[]
}) {
  const { b, path } = p
  const value = valueAt(b, path) as string | null
  return (
    <div data-field={path} style={{ marginBottom: 12 }}>
      <div style={{ paddingBottom: 8 }}>{p.label}</div>
      <Select
        id={fieldId(path)}
        allowClear
        style={{ width: '100%' }}
        optionFilterProp="label"
        value={value ?? undefined}
        options={materialOptions(p.materials)}
        onChange={(v) => b.set(path, v ?? null)}
      />
    </div>
  )
}

/**
 * Who bids and on what: the signatory, the consortium, the lots, the SME status with its 声明函, the key
 * staff with their certificates and the tax rate the tender requires. Each field is checked live
 * (L04 signatory, L12, E15, per-lot rules, L13, E14, E12).
 */
/** A member's size as ConsortiumMemberSchema stores it (the 声明函 wording adds 企业). */
const MEMBER_SIZES = ['', '大型', '中型', '小型', '微型'] as const

export function BidPartiesTab({ b, materials }: { b: B; materials: readonly Material[] }) {
  const L = useLabels(PARTIES)
  const d = b.doc
  const mats = materialOptions(materials)
  return (
    <>
      <Row gutter={12}>
        <Col span={12}>
          <Card size="small" title={L.signatory}>
            <SelectField
              b={b}
              path={'signatory.role'}
              label={L.signatoryRole}
              options={['法定代表人', '授权代表']}
            />
            {d.signatory.role === '授权代表' && (
              <TextField b={b} path={'signatory.agentName'} label={L.agentName} />
            )}
            <Typography.Text type="secondary">{L.signatoryNote}</Typography.Text>
          </Card>
        </Col>
        <Col span={12}>
          <Card size="small" title={L.tax}>
            <div data-field="tax.requiredRates" style={{ marginBottom: 12 }}>
              <div style={{ paddingBottom: 8 }}>{L.requiredRates}</div>
              <Select
                id="f-tax.requiredRates"
                mode="tags"
                style={{ width: '100%' }}
                tokenSeparators={[',', '，', '、', ' ']}
                value={d.tax.requiredRates.map(String)}
                onChange={(v: string[]) =>
                  b.set(
                    'tax.requiredRates',
                    [...new Set(v.map((x) => Number(x.replace(/%|％/gu, ''))))].filter(
                      (n) => Number.isFinite(n) && n >= 0 && n <= 100,
                    ),
                  )
                }
              />
            </div>
            <SwitchField b={b} path={'tax.wrongRateVoids'} label={L.wrongRateVoids} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={L.consortium} style={{ marginTop: 12 }}>
        <SwitchField b={b} path={'consortium.isConsortium'} label={L.isConsortium} />
        {d.consortium.isConsortium && (
          <>
            <MaterialField
              b={b}
              path={'consortium.agreementMaterialId'}
              label={L.agreement}
              materials={materials}
            />
            <ArrayTable
              b={b}
              path={'consortium.members'}
              // The schema's defaults are the empty member; ArrayTable gives the id.
              newRow={() => ConsortiumMemberSchema.omit({ id: true }).parse({})}
              columns={[
                { key: 'name', title: L.memberName, width: 220 },
                { key: 'creditCode', title: L.creditCode, width: 190 },
                { key: 'role', title: L.role, kind: 'select', options: ['牵头人', '成员'], width: 100 },
                { key: 'isUs', title: L.isUs, kind: 'switch', width: 70 },
                { key: 'legalRep', title: L.legalRep, width: 100 },
                { key: 'work', title: L.work, width: 160 },
                { key: 'sharePercent', title: L.share, kind: 'number', width: 90 },
                { key: 'qualificationsRequired', title: L.memberQualsRequired, kind: 'tags', width: 240 },
                {
                  key: 'size',
                  title: L.memberSize,
                  kind: 'select',
                  options: MEMBER_SIZES.map((o) => ({ value: o, label: o || L.none })),
                  width: 100,
                },
                // Its own previous-year figures: printed on its 声明函 line, its size checked on them (L14).
                { key: 'employees', title: L.employees, kind: 'number', width: 120 },
                { key: 'revenueWan', title: L.revenueWan, kind: 'number', width: 140 },
                { key: 'assetsWan', title: L.assetsWan, kind: 'number', width: 140 },
                {
                  key: 'qualificationMaterialIds',
                  title: L.memberQuals,
                  kind: 'multi',
                  options: mats,
                  width: 240,
                },
              ]}
            />
          </>
        )}
      </Card>
      <Card size="small" title={L.lots} style={{ marginTop: 12 }}>
        <ArrayTable
          b={b}
          path={'lots'}
          newRow={() => ({
            no: String(d.lots.length + 1),
            name: '',
            budget: null,
            bidding: true,
            priceCeiling: null,
            bondRequired: null,
            bondPaid: null,
            price: null,
            priceWords: '',
            deliveryPeriod: '',
            warranty: '',
          })}
          columns={[
            { key: 'no', title: L.lotNo, width: 70 },
            { key: 'name', title: L.lotName, width: 160 },
            { key: 'bidding', title: L.bidding, kind: 'switch', width: 60 },
            { key: 'priceCeiling', title: L.ceiling, kind: 'money', width: 120 },
            { key: 'bondRequired', title: L.bondRequired, kind: 'money', width: 110 },
            { key: 'bondPaid', title: L.bondPaid, kind: 'money', width: 110 },
            { key: 'price', title: L.lotPrice, kind: 'money', width: 120 },
            { key: 'priceWords', title: L.lotWords, width: 200 },
            { key: 'deliveryPeriod', title: L.delivery, width: 120 },
            { key: 'warranty', title: L.warranty, width: 90 },
          ]}
        />
      </Card>
      <Card size="small" title={L.sme} style={{ marginTop: 12 }}>
        <Row gutter={12}>
          <Col span={6}>
            <SelectField
              b={b}
              path={'sme.size'}
              label={L.size}
              options={EnterpriseSizeSchema.options.map((o) => ({ value: o, label: o || L.none }))}
            />
          </Col>
          <Col span={6}>
            <TextField b={b} path={'sme.industry'} label={L.industry} />
          </Col>
          <Col span={4}>
            <SwitchField b={b} path={'sme.prisonEnterprise'} label={L.prison} />
          </Col>
          <Col span={4}>
            <SwitchField b={b} path={'sme.welfareUnit'} label={L.welfare} />
          </Col>
          <Col span={4}>
            <SwitchField b={b} path={'sme.deductionClaimed'} label={L.deduction} />
          </Col>
          <Col span={6}>
            <NumberField b={b} path={'sme.deductionPercent'} label={L.deductionPercent} min={0} />
          </Col>
          <Col span={18}>
            <MaterialField
              b={b}
              path={'sme.declarationMaterialId'}
              label={L.declaration}
              materials={materials}
            />
          </Col>
          {d.sme.prisonEnterprise && (
            <Col span={24}>
              <MaterialField
                b={b}
                path="sme.prisonCertificateMaterialId"
                label={L.prisonCertificate}
                materials={materials}
              />
            </Col>
          )}
        </Row>
        <Typography.Text type="secondary">{L.figuresNote}</Typography.Text>
        {d.category === '货物' && (
          <>
            <div style={{ margin: '12px 0 8px' }}>{L.makers}</div>
            <ArrayTable
              b={b}
              path="sme.makers"
              newRow={() => ({ name: '', employees: null, revenueWan: null, assetsWan: null })}
              columns={[
                { key: 'name', title: L.makerName, width: 240 },
                { key: 'employees', title: L.employees, kind: 'number', width: 120 },
                { key: 'revenueWan', title: L.revenueWan, kind: 'number', width: 140 },
                { key: 'assetsWan', title: L.assetsWan, kind: 'number', width: 140 },
              ]}
            />
          </>
        )}
      </Card>
      <Card size="small" title={L.staff} style={{ marginTop: 12 }}>
        <ArrayTable
          b={b}
          path={'keyStaff'}
          newRow={() => ({
            post: '项目经理',
            name: '',
            idNumber: '',
            certificateRequired: '',
            certificateMaterialIds: [],
          })}
          columns={[
            { key: 'post', title: L.post, width: 120 },
            { key: 'name', title: L.name, width: 110 },
            { key: 'idNumber', title: L.idNumber, width: 190 },
            { key: 'certificateRequired', title: L.certRequired, width: 180 },
            { key: 'certificateMaterialIds', title: L.certs, kind: 'multi', options: mats, width: 240 },
          ]}
        />
      </Card>
    </>
  )
}
