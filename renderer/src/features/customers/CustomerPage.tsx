import { SettingOutlined } from '@ant-design/icons'
import {
  Alert,
  Button,
  Card,
  Col,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useCallback, useEffect, useState } from 'react'
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form'
import type { CustomerProfile } from '@shared/contract/customers'
import { tierOf, type CustomerRisk } from '@shared/domain/customers'
import type { Lang } from '@shared/i18n'
import { formatDate } from '@shared/i18n/dates'
import { CustomerSchema, OrgTypeSchema, type Customer, type CustomerSettings } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { docsApi } from '@renderer/api/docs'
import { useI18n } from '@renderer/app/i18n'
import { navigate } from '@renderer/app/router'
import { enumLabel, enumOptions, fmt, useLabels } from '@renderer/app/use-labels'
import { FormError } from '@renderer/components/FormError'
import { FormSelect } from '@renderer/components/FormSelect'
import { useAutosaveForm } from '@renderer/hooks/useAutosaveForm'
import { BUYER_TYPE, OUTCOME } from '@renderer/features/bids/labels'
import { money, stageName } from '../pipeline/PipelinePage'
import { CustomerPeople } from './CustomerPeople'
import { CustomerSightings } from './CustomerSightings'
import { CustomerVisits } from './CustomerVisits'
import { IndustryInput } from './IndustryInput'
import { criterionName } from './labels'
import { PROFILE } from './profile-labels'
import { CustomerSettingsDrawer } from './SettingsDrawer'

type Labels = ReturnType<typeof useLabels<typeof PROFILE>>
type Form = UseFormReturn<Customer>

function riskText(r: CustomerRisk, L: Labels, lang: Lang): string {
  switch (r.kind) {
    case 'kdm-level-fall':
      return fmt(L.riskFall, {
        name: r.personName,
        from: r.from ?? '',
        to: r.to ?? '',
        date: formatDate(r.date, lang),
      })
    case 'new-kdm':
      return fmt(L.riskNew, { name: r.personName, d: r.days ?? '' })
    case 'kdm-no-visit':
      return r.days == null
        ? fmt(L.riskNeverVisited, { name: r.personName })
        : fmt(L.riskNoVisit, { name: r.personName, d: r.days })
    case 'competitor-visit':
      return fmt(L.riskCompetitor, { c: r.competitor, name: r.personName, date: formatDate(r.date, lang) })
    default:
      return L.riskATier
  }
}

/** 大客户档案: loads the record, the workspace's tier settings and the computed profile (tier, 风险预警, bids). */
export function CustomerPage({ id }: { id: string }) {
  const [customer, setCustomer] = useState<Customer | null>(null)
  const [settings, setSettings] = useState<CustomerSettings | null>(null)
  const [profile, setProfile] = useState<CustomerProfile | null>(null)
  const [error, setError] = useState<string | null>(null)
  const refresh = useCallback(
    () => call('customers.profile', { id }).then(setProfile, (e) => setError(String(e?.message ?? e))),
    [id],
  )
  useEffect(() => {
    setCustomer(null)
    Promise.all([docsApi('customers').get(id), call('customers.settings', {})]).then(
      ([c, s]) => {
        setCustomer(c)
        setSettings(s)
      },
      (e) => setError(String(e?.message ?? e)),
    )
    void refresh()
  }, [id, refresh])
  if (error) return <Alert type="error" message={error} />
  if (!customer || !settings || !profile) return null
  return (
    <CustomerEditor
      key={id}
      customer={customer}
      settings={settings}
      profile={profile}
      refresh={refresh}
      onSettings={() => void call('customers.settings', {}).then(setSettings).then(refresh)}
    />
  )
}

/** The record on react-hook-form, autosaved over the version shown (a newer save elsewhere is a CONFLICT). */
function CustomerEditor(p: {
  customer: Customer
  settings: CustomerSettings
  profile: CustomerProfile
  refresh(): Promise<void>
  onSettings(): void
}) {
  const L = useLabels(PROFILE)
  const { lang } = useI18n()
  const [drawer, setDrawer] = useState(false)
  const { form, saveNow } = useAutosaveForm<Customer>({
    key: `customers/${p.customer.id}`,
    schema: CustomerSchema,
    saved: p.customer,
    versionOf: (c) => c.updatedAt,
    save: (c) => docsApi('customers').save(c, c.updatedAt),
    reload: () => docsApi('customers').get(p.customer.id),
    onSaved: () => void p.refresh(),
  })
  const { control, formState } = form
  const title = useWatch({ control, name: 'title' })
  const e = formState.errors
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="customer-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}{' '}
          {p.profile.tier.tier && (
            <Tag color={p.profile.tier.tier === 'A' ? 'red' : 'blue'} data-testid="tier">
              {fmt(L.tier, { t: p.profile.tier.tier })}
            </Tag>
          )}
        </Typography.Title>
        <Space>
          <Button
            icon={<SettingOutlined />}
            onClick={() => setDrawer(true)}
            data-testid="customer-settings-open"
          >
            {L.settings}
          </Button>
          <Button onClick={() => void saveNow()} data-testid="customer-save">
            {L.save}
          </Button>
        </Space>
      </Space>
      <Card size="small" title={L.basics}>
        <Row gutter={16}>
          <Col span={8}>
            <div>{L.title}</div>
            <Controller
              name="title"
              control={control}
              render={({ field }) => <Input {...field} data-testid="customer-title" />}
            />
            <FormError m={e.title?.message} testId="customer-error" />
          </Col>
          <Col span={4}>
            <div>{L.nature}</div>
            <FormSelect
              control={control}
              name="nature"
              options={enumOptions(OrgTypeSchema.options, BUYER_TYPE, lang)}
              testId="customer-nature"
            />
          </Col>
          <Col span={6}>
            <div>{L.industry}</div>
            <Controller
              name="industry"
              control={control}
              render={({ field }) => <IndustryInput {...field} />}
            />
            <FormError m={e.industry?.message} testId="customer-error" />
          </Col>
          <Col span={6}>
            <div>{L.region}</div>
            <Controller
              name="region"
              control={control}
              render={({ field }) => <Input {...field} data-testid="customer-region" />}
            />
            <FormError m={e.region?.message} testId="customer-error" />
          </Col>
        </Row>
        <div style={{ marginTop: 8 }}>{L.aliases}</div>
        {/* The names tenders use for this buyer ("某市一院", the 卫健委 on a joint tender): bids are matched by them. */}
        <Controller
          name="aliases"
          control={control}
          render={({ field }) => (
            <Select
              mode="tags"
              value={field.value}
              onChange={field.onChange}
              open={false}
              tokenSeparators={['，', ',', '、']}
              style={{ width: '100%' }}
              data-testid="customer-aliases"
            />
          )}
        />
        <FormError m={e.aliases?.message} testId="customer-error" />
      </Card>
      <TierScores form={form} settings={p.settings} />
      <Card size="small" title={L.risks} data-testid="risks">
        {p.profile.risks.length === 0
          ? L.noRisk
          : p.profile.risks.map((r, i) => (
              <Alert
                key={i}
                type="warning"
                showIcon
                data-risk={r.kind}
                message={riskText(r, L, lang)}
                style={{ marginBottom: 4 }}
              />
            ))}
      </Card>
      <CustomerPeople form={form} />
      <CustomerVisits form={form} bids={p.profile.bids} />
      <CustomerSightings form={form} />
      <Card size="small" title={L.bids}>
        <Table
          data-testid="customer-bids"
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={p.profile.bids}
          onRow={(d) => ({ onClick: () => navigate('bids', d.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: L.bid, dataIndex: 'title' },
            { title: L.stage, render: (_, d) => stageName(d.stage, lang) },
            { title: L.amount, align: 'right', render: (_, d) => money(d.amount, L.unknown) },
            { title: L.outcome, render: (_, d) => enumLabel(OUTCOME, d.outcome, lang) },
          ]}
        />
      </Card>
      <Card size="small" title={L.notes}>
        <Controller
          name="notes"
          control={control}
          render={({ field }) => <Input.TextArea {...field} autoSize={{ minRows: 2, maxRows: 8 }} />}
        />
      </Card>
      <CustomerSettingsDrawer open={drawer} onClose={() => setDrawer(false)} onSaved={p.onSettings} />
    </Space>
  )
}

/**
 * 识别和划分: each criterion of the workspace scored 0–5; value and potential are their weighted means and the
 * tier follows from value × potential (tierOf, the rule the profile and the pipeline use), shown as typed.
 */
function TierScores({ form, settings }: { form: Form; settings: CustomerSettings }) {
  const L = useLabels(PROFILE)
  const { lang } = useI18n()
  const { control, setValue, formState } = form
  const scores = useWatch({ control, name: 'scores' }) ?? {}
  const tier = tierOf(scores, settings)
  const errs = formState.errors.scores as Record<string, { message?: string }> | undefined
  const set = (key: string, v: number | null) => {
    const next = { ...scores }
    if (v === null) delete next[key]
    else next[key] = v
    setValue('scores', next, { shouldDirty: true, shouldValidate: true })
  }
  const group = (g: 'value' | 'potential') => (
    <Col span={12}>
      <Typography.Text strong>
        {g === 'value' ? L.valueGroup : L.potentialGroup}: {tier[g] ?? L.unknown}
      </Typography.Text>
      {settings.criteria
        .filter((c) => c.group === g)
        .map((c) => (
          <div key={c.key} style={{ display: 'flex', gap: 8, alignItems: 'baseline', marginTop: 6 }}>
            <span style={{ width: 150 }}>
              {criterionName(c, lang)} <span style={{ color: '#999' }}>×{c.weight}</span>
            </span>
            <InputNumber
              size="small"
              step={0.5}
              value={scores[c.key] ?? null}
              onChange={(v) => set(c.key, typeof v === 'number' ? v : null)}
              data-testid={`score-${c.key}`}
              aria-label={criterionName(c, lang)}
            />
            <FormError m={errs?.[c.key]?.message} testId="customer-error" />
          </div>
        ))}
    </Col>
  )
  return (
    <Card
      size="small"
      title={L.scores}
      extra={
        <span data-testid="tier-score">
          {tier.score == null
            ? L.noTier
            : `${L.score}: ${tier.value} × ${tier.potential} = ${tier.score} → ${fmt(L.tier, { t: tier.tier ?? '' })}`}
        </span>
      }
    >
      <Row gutter={16}>
        {group('value')}
        {group('potential')}
      </Row>
    </Card>
  )
}
