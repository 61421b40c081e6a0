import { Card, Col, Row } from 'antd'
import {
  BondFormSchema,
  EvaluationMethodSchema,
  GoverningLawSchema,
  PIPELINE_STAGES,
  ProcurementCategorySchema,
  TenderFormSchema,
  type Bid,
} from '@shared/schemas'
import { ArrayTable } from '@renderer/components/ArrayTable'
import { DueTag } from '@renderer/components/DueTag'
import {
  DateField,
  MoneyField,
  NumberField,
  SelectField,
  SwitchField,
  TextAreaField,
  TextField,
  type Binder,
} from '@renderer/components/fields'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, enumOptions, useLabels } from '@renderer/app/use-labels'
import {
  BOND_FORM,
  BUYER_TYPE,
  CATEGORY,
  EVAL_METHOD,
  INFO,
  LAW,
  OUTCOME,
  RISK_LEVEL,
  RISK_STATUS,
  TENDER_FORM,
} from './labels'
import { STAGE } from '@renderer/app/enum-labels'
import { OUTCOMES, settleResult, type Outcome } from '@shared/domain/pipeline'

type B = Binder<Bid>

/** 基本信息: project, buyer, procurement form, money and validity. */
export function BidBasicTab({ b }: { b: B }) {
  const { lang } = useI18n()
  const L = useLabels(INFO)
  return (
    <Row gutter={16}>
      <Col span={12}>
        <TextField b={b} path={'title'} label={L.title} />
      </Col>
      <Col span={6}>
        <TextField b={b} path={'tenderNo'} label={L.tenderNo} />
      </Col>
      <Col span={6}>
        <SelectField
          b={b}
          path={'stage'}
          label={L.stage}
          options={PIPELINE_STAGES.map((s, i) => ({
            value: i + 1,
            label: `${i + 1} ${enumLabel(STAGE, s, lang)}`,
          }))}
        />
      </Col>
      <Col span={8}>
        <TextField b={b} path={'buyer.name'} label={L.buyer} />
      </Col>
      <Col span={4}>
        <SelectField
          b={b}
          path={'buyer.type'}
          label={L.buyerType}
          options={enumOptions(['国企', '民营', '外资', '政府'], BUYER_TYPE, lang)}
        />
      </Col>
      <Col span={6}>
        <TextField b={b} path={'buyer.region'} label={L.region} />
      </Col>
      <Col span={6}>
        <TextField b={b} path={'agency'} label={L.agency} />
      </Col>
      <Col span={6}>
        <SelectField
          b={b}
          path={'tenderForm'}
          label={L.tenderForm}
          options={enumOptions(TenderFormSchema.options, TENDER_FORM, lang)}
        />
      </Col>
      <Col span={6}>
        <SelectField
          b={b}
          path={'evaluationMethod'}
          label={L.evaluationMethod}
          options={enumOptions(EvaluationMethodSchema.options, EVAL_METHOD, lang)}
        />
      </Col>
      <Col span={6}>
        <SelectField
          b={b}
          path={'governingLaw'}
          label={L.governingLaw}
          options={enumOptions(GoverningLawSchema.options, LAW, lang)}
        />
      </Col>
      <Col span={6}>
        <SelectField
          b={b}
          path={'category'}
          label={L.category}
          options={enumOptions(ProcurementCategorySchema.options, CATEGORY, lang)}
        />
      </Col>
      <Col span={6}>
        <MoneyField b={b} path={'budget'} label={L.budget} />
      </Col>
      <Col span={6}>
        <MoneyField b={b} path={'priceCeiling'} label={L.priceCeiling} />
      </Col>
      <Col span={6}>
        <NumberField b={b} path={'validityDaysRequired'} label={L.validityRequired} min={0} />
      </Col>
      <Col span={6}>
        <NumberField b={b} path={'validityDays'} label={L.validityOurs} min={0} />
      </Col>
    </Row>
  )
}

/** Key dates with countdowns, the bid bond, copies and forecast dates. */
export function BidDatesTab({ b }: { b: B }) {
  const { lang } = useI18n()
  const L = useLabels(INFO)
  const d = b.doc
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Card size="small" title={L.keyDates}>
          <Row gutter={16}>
            <Col span={8}>
              <DateField b={b} path={'dates.release'} label={L.release} />
            </Col>
            <Col span={8}>
              <DateField
                b={b}
                path={'dates.clarificationDeadline'}
                label={L.clarificationDeadline}
                withTime
              />
            </Col>
            <Col span={8}>
              <DateField
                b={b}
                path={'dates.submissionDeadline'}
                label={L.submissionDeadline}
                withTime
                help={<DueTag date={d.dates.submissionDeadline} />}
              />
            </Col>
            <Col span={8}>
              <DateField b={b} path={'dates.opening'} label={L.opening} withTime />
            </Col>
            <Col span={8}>
              <DateField b={b} path={'dates.publicityEnd'} label={L.publicityEnd} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={L.bond} style={{ marginTop: 12 }}>
          <MoneyField b={b} path={'bond.required'} label={L.bondRequired} />
          <DateField b={b} path={'bond.deadline'} label={L.bondDeadline} withTime />
          <MoneyField b={b} path={'bond.paidAmount'} label={L.bondPaid} />
          <SelectField
            b={b}
            path={'bond.paidForm'}
            label={L.bondForm}
            options={enumOptions(BondFormSchema.options, BOND_FORM, lang)}
            allowClear
          />
          <DateField b={b} path={'bond.paidAt'} label={L.bondPaidAt} withTime />
          <SwitchField b={b} path={'bond.basicAccountRequired'} label={L.bondBasicRequired} />
          <TextField b={b} path={'bond.payerAccount'} label={L.bondPayerAccount} />
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title={L.copies} style={{ marginTop: 12 }}>
          <Row gutter={8}>
            <Col span={12}>
              <NumberField
                b={b}
                path={'copies.originalRequired'}
                label={L.originalRequired}
                min={0}
                nullable={false}
              />
            </Col>
            <Col span={12}>
              <NumberField
                b={b}
                path={'copies.originalPlanned'}
                label={L.originalPlanned}
                min={0}
                nullable={false}
              />
            </Col>
            <Col span={12}>
              <NumberField
                b={b}
                path={'copies.copiesRequired'}
                label={L.copiesRequired}
                min={0}
                nullable={false}
              />
            </Col>
            <Col span={12}>
              <NumberField
                b={b}
                path={'copies.copiesPlanned'}
                label={L.copiesPlanned}
                min={0}
                nullable={false}
              />
            </Col>
            <Col span={12}>
              <SwitchField b={b} path={'copies.electronicRequired'} label={L.electronicRequired} />
            </Col>
            <Col span={12}>
              <SwitchField b={b} path={'copies.electronicPlanned'} label={L.electronicPlanned} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={L.forecast} style={{ marginTop: 12 }}>
          <Row gutter={16}>
            {(['bidDate', 'resultDate', 'contractDate', 'paymentDate', 'revenueDate'] as const).map(
              (k, i) => (
                <Col span={8} key={k}>
                  <DateField
                    b={b}
                    path={`forecast.${k}`}
                    label={[L.bidDate, L.resultDate, L.contractDate, L.paymentDate, L.revenueDate][i]}
                  />
                </Col>
              ),
            )}
          </Row>
        </Card>
      </Col>
    </Row>
  )
}

/** Clarifications log, risks register and the manual checklist. */
export function BidLogTab({ b }: { b: B }) {
  const { lang } = useI18n()
  const L = useLabels(INFO)
  return (
    <>
      <Card size="small" title={L.clarifications}>
        <ArrayTable
          b={b}
          path={'clarifications'}
          newRow={() => ({ no: '', summary: '', recorded: true, acknowledged: false, date: null })}
          columns={[
            { key: 'no', title: L.colNo, width: 100 },
            { key: 'date', title: L.colDate, kind: 'date', width: 150 },
            { key: 'summary', title: L.colSummary, kind: 'textarea' },
            { key: 'affects', title: L.colAffects, width: 120 },
            { key: 'acknowledged', title: L.colAcknowledged, kind: 'switch', width: 80 },
          ]}
        />
      </Card>
      <Card size="small" title={L.risks} style={{ marginTop: 12 }}>
        <ArrayTable
          b={b}
          path={'risks'}
          newRow={() => ({ description: '' })}
          columns={[
            { key: 'description', title: L.risk, kind: 'textarea' },
            {
              key: 'likelihood',
              title: L.likelihood,
              kind: 'select',
              options: enumOptions(['低', '中', '高'], RISK_LEVEL, lang),
              width: 90,
            },
            {
              key: 'impact',
              title: L.impact,
              kind: 'select',
              options: enumOptions(['低', '中', '高'], RISK_LEVEL, lang),
              width: 90,
            },
            { key: 'mitigation', title: L.mitigation, kind: 'textarea' },
            { key: 'owner', title: L.owner, width: 100 },
            {
              key: 'status',
              title: L.status,
              kind: 'select',
              options: enumOptions(['未处理', '处理中', '已关闭'], RISK_STATUS, lang),
              width: 110,
            },
          ]}
        />
      </Card>
      <Card size="small" title={L.checklist} style={{ marginTop: 12 }}>
        <ArrayTable
          b={b}
          path={'manualChecklist'}
          newRow={() => ({ label: '', done: false })}
          columns={[
            { key: 'label', title: L.checkItem },
            { key: 'by', title: L.confirmedBy, width: 120 },
            { key: 'done', title: L.done, kind: 'switch', width: 80 },
          ]}
        />
      </Card>
    </>
  )
}

/** Result and lessons learned. */
export function BidResultTab({ b }: { b: B }) {
  const { lang } = useI18n()
  const L = useLabels(INFO)
  // The outcome goes through the rule the 开标记录 applies too (a failed procurement has no winner).
  const outcome: B = {
    doc: b.doc,
    invalid: b.invalid,
    set: (_path, v) => b.set('result', settleResult(b.doc.result, { outcome: v as Outcome })),
  }
  return (
    <Row gutter={16}>
      <Col span={6}>
        <SelectField
          b={outcome}
          path="result.outcome"
          label={L.outcome}
          options={enumOptions(OUTCOMES, OUTCOME, lang)}
        />
      </Col>
      <Col span={10}>
        <TextField b={b} path={'result.winner'} label={L.winner} />
      </Col>
      <Col span={8}>
        <MoneyField b={b} path={'result.winningPrice'} label={L.winningPrice} />
      </Col>
      <Col span={24}>
        <TextAreaField b={b} path={'result.reason'} label={L.reason} rows={2} />
      </Col>
      <Col span={24}>
        <TextAreaField b={b} path={'result.lessons'} label={L.lessons} rows={5} />
      </Col>
      <Col span={24}>
        <TextAreaField b={b} path={'notes'} label={L.notes} />
      </Col>
    </Row>
  )
}
