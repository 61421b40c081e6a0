import { Card, Col, Row } from 'antd'
import {
  EvaluationMethodSchema,
  GoverningLawSchema,
  PIPELINE_STAGES,
  ProcurementCategorySchema,
  TenderFormSchema,
  type Bid,
} from '../../../../shared/schemas'
import { ArrayTable } from '../../components/ArrayTable'
import { DueTag } from '../../components/DueTag'
import {
  DateField,
  MoneyField,
  NumberField,
  SelectField,
  SwitchField,
  TextAreaField,
  TextField,
  type Binder,
} from '../../components/fields'

type B = Binder & { doc: Bid }

/** 基本信息: project, buyer, procurement form, money and validity. */
export function BidBasicTab({ b }: { b: B }) {
  return (
    <Row gutter={16}>
      <Col span={12}>
        <TextField b={b} path={['title']} label="项目名称" />
      </Col>
      <Col span={6}>
        <TextField b={b} path={['tenderNo']} label="招标编号" />
      </Col>
      <Col span={6}>
        <SelectField
          b={b}
          path={['stage']}
          label="销售阶段"
          options={PIPELINE_STAGES.map((s, i) => ({ value: i + 1, label: `${i + 1} ${s}` }))}
        />
      </Col>
      <Col span={8}>
        <TextField b={b} path={['buyer', 'name']} label="采购人" />
      </Col>
      <Col span={4}>
        <SelectField
          b={b}
          path={['buyer', 'type']}
          label="采购人类型"
          options={['国企', '民营', '外资', '政府']}
        />
      </Col>
      <Col span={6}>
        <TextField b={b} path={['buyer', 'region']} label="地区" />
      </Col>
      <Col span={6}>
        <TextField b={b} path={['agency']} label="招标代理" />
      </Col>
      <Col span={6}>
        <SelectField b={b} path={['tenderForm']} label="招标形式" options={TenderFormSchema.options} />
      </Col>
      <Col span={6}>
        <SelectField
          b={b}
          path={['evaluationMethod']}
          label="评标方法"
          options={EvaluationMethodSchema.options}
        />
      </Col>
      <Col span={6}>
        <SelectField b={b} path={['governingLaw']} label="适用法律" options={GoverningLawSchema.options} />
      </Col>
      <Col span={6}>
        <SelectField b={b} path={['category']} label="采购类别" options={ProcurementCategorySchema.options} />
      </Col>
      <Col span={6}>
        <MoneyField b={b} path={['budget']} label="预算" />
      </Col>
      <Col span={6}>
        <MoneyField b={b} path={['priceCeiling']} label="最高限价" />
      </Col>
      <Col span={6}>
        <NumberField b={b} path={['validityDaysRequired']} label="要求投标有效期（天）" min={0} />
      </Col>
      <Col span={6}>
        <NumberField b={b} path={['validityDays']} label="我方投标有效期（天）" min={0} />
      </Col>
      <Col span={24}>
        <ArrayTable
          b={b}
          path={['lots']}
          newRow={() => ({ no: '', name: '', budget: null })}
          columns={[
            { key: 'no', title: '包号', width: 100 },
            { key: 'name', title: '包名称' },
            { key: 'budget', title: '预算（元）', kind: 'number', width: 180 },
          ]}
        />
      </Col>
    </Row>
  )
}

/** Key dates with countdowns, the bid bond, copies and forecast dates. */
export function BidDatesTab({ b }: { b: B }) {
  const d = b.doc
  return (
    <Row gutter={16}>
      <Col span={24}>
        <Card size="small" title="关键日期">
          <Row gutter={16}>
            <Col span={8}>
              <DateField b={b} path={['dates', 'release']} label="发布日期" />
            </Col>
            <Col span={8}>
              <DateField b={b} path={['dates', 'clarificationDeadline']} label="澄清截止" withTime />
            </Col>
            <Col span={8}>
              <DateField
                b={b}
                path={['dates', 'submissionDeadline']}
                label="投标截止"
                withTime
                help={<DueTag date={d.dates.submissionDeadline} />}
              />
            </Col>
            <Col span={8}>
              <DateField b={b} path={['dates', 'opening']} label="开标时间" withTime />
            </Col>
            <Col span={8}>
              <DateField b={b} path={['dates', 'publicityEnd']} label="公示截止" />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title="投标保证金" style={{ marginTop: 12 }}>
          <MoneyField b={b} path={['bond', 'required']} label="要求金额" />
          <DateField b={b} path={['bond', 'deadline']} label="递交截止" withTime />
          <MoneyField b={b} path={['bond', 'paidAmount']} label="已缴金额" />
          <SelectField
            b={b}
            path={['bond', 'paidForm']}
            label="缴纳形式"
            options={['转账', '保函', '保险']}
            allowClear
          />
          <DateField b={b} path={['bond', 'paidAt']} label="缴纳时间" withTime />
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title="正本 / 副本 / 电子版" style={{ marginTop: 12 }}>
          <Row gutter={8}>
            <Col span={12}>
              <NumberField
                b={b}
                path={['copies', 'originalRequired']}
                label="要求正本"
                min={0}
                nullable={false}
              />
            </Col>
            <Col span={12}>
              <NumberField
                b={b}
                path={['copies', 'originalPlanned']}
                label="计划正本"
                min={0}
                nullable={false}
              />
            </Col>
            <Col span={12}>
              <NumberField
                b={b}
                path={['copies', 'copiesRequired']}
                label="要求副本"
                min={0}
                nullable={false}
              />
            </Col>
            <Col span={12}>
              <NumberField
                b={b}
                path={['copies', 'copiesPlanned']}
                label="计划副本"
                min={0}
                nullable={false}
              />
            </Col>
            <Col span={12}>
              <SwitchField b={b} path={['copies', 'electronicRequired']} label="要求电子版" />
            </Col>
            <Col span={12}>
              <SwitchField b={b} path={['copies', 'electronicPlanned']} label="计划电子版" />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="预测日期" style={{ marginTop: 12 }}>
          <Row gutter={16}>
            {(['bidDate', 'resultDate', 'contractDate', 'paymentDate', 'revenueDate'] as const).map(
              (k, i) => (
                <Col span={8} key={k}>
                  <DateField
                    b={b}
                    path={['forecast', k]}
                    label={['投标日期', '结果日期', '签约日期', '回款日期', '收入确认日期'][i]}
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
  return (
    <>
      <Card size="small" title="答疑 / 澄清 / 补遗">
        <ArrayTable
          b={b}
          path={['clarifications']}
          newRow={() => ({ no: '', summary: '', recorded: true, acknowledged: false, date: null })}
          columns={[
            { key: 'no', title: '编号', width: 100 },
            { key: 'date', title: '日期', kind: 'date', width: 150 },
            { key: 'summary', title: '内容', kind: 'textarea' },
            { key: 'affects', title: '影响条款', width: 120 },
            { key: 'acknowledged', title: '已确认', kind: 'switch', width: 80 },
          ]}
        />
      </Card>
      <Card size="small" title="风险登记" style={{ marginTop: 12 }}>
        <ArrayTable
          b={b}
          path={['risks']}
          newRow={() => ({ description: '' })}
          columns={[
            { key: 'description', title: '风险', kind: 'textarea' },
            { key: 'likelihood', title: '可能性', kind: 'select', options: ['低', '中', '高'], width: 90 },
            { key: 'impact', title: '影响', kind: 'select', options: ['低', '中', '高'], width: 90 },
            { key: 'mitigation', title: '应对', kind: 'textarea' },
            { key: 'owner', title: '负责人', width: 100 },
            {
              key: 'status',
              title: '状态',
              kind: 'select',
              options: ['未处理', '处理中', '已关闭'],
              width: 110,
            },
          ]}
        />
      </Card>
      <Card size="small" title="人工检查清单（软件看不到的事项）" style={{ marginTop: 12 }}>
        <ArrayTable
          b={b}
          path={['manualChecklist']}
          newRow={() => ({ label: '', done: false })}
          columns={[
            { key: 'label', title: '事项' },
            { key: 'by', title: '确认人', width: 120 },
            { key: 'done', title: '完成', kind: 'switch', width: 80 },
          ]}
        />
      </Card>
    </>
  )
}

/** Result and lessons learned. */
export function BidResultTab({ b }: { b: B }) {
  return (
    <Row gutter={16}>
      <Col span={6}>
        <SelectField
          b={b}
          path={['result', 'outcome']}
          label="结果"
          options={['未定', '中标', '未中标', '流标/废标']}
        />
      </Col>
      <Col span={10}>
        <TextField b={b} path={['result', 'winner']} label="中标人" />
      </Col>
      <Col span={8}>
        <MoneyField b={b} path={['result', 'winningPrice']} label="中标价" />
      </Col>
      <Col span={24}>
        <TextAreaField b={b} path={['result', 'lessons']} label="经验教训" rows={5} />
      </Col>
      <Col span={24}>
        <TextAreaField b={b} path={['notes']} label="备注" />
      </Col>
    </Row>
  )
}
