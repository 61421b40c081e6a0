import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Card, Drawer, Input, InputNumber, Space, Table } from 'antd'
import { useEffect, useState } from 'react'
import { Controller, useFieldArray, useWatch, type FieldErrors } from 'react-hook-form'
import { CustomerSettingsFormSchema, type CustomerSettingsForm } from '@shared/domain/customers'
import type { CustomerSettings } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { FormError } from '@renderer/components/FormError'
import { FormSelect } from '@renderer/components/FormSelect'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { CUSTOMER_SETTINGS } from './profile-labels'
import { errorMessage } from '@renderer/api/error-text'

type L = ReturnType<typeof useLabels<typeof CUSTOMER_SETTINGS>>
const ALERTS = ['kdmVisitDays', 'newKdmDays', 'levelFallDays', 'sightingDays'] as const
let seq = 0
const newKey = () => `c${Date.now().toString(36)}${(seq++).toString(36)}`

/** A list's own message (a rule over all rows), not a row's. */
const listMessage = (e: unknown) => {
  const x = e as { message?: string; root?: { message?: string } } | undefined
  return x?.message ?? x?.root?.message
}

/** 大客户识别和划分: criteria and weights, the A/B thresholds, and the 风险预警 thresholds of the workspace. */
export function CustomerSettingsDrawer(p: { open: boolean; onClose(): void; onSaved(): void }) {
  const [initial, setInitial] = useState<CustomerSettings | null>(null)
  useEffect(() => {
    if (p.open) void call('customers.settings', {}).then(setInitial)
    else setInitial(null)
  }, [p.open])
  const L = useLabels(CUSTOMER_SETTINGS)
  return (
    <Drawer open={p.open} onClose={p.onClose} width={720} title={L.title} destroyOnHidden>
      {initial && (
        <SettingsForm
          initial={initial}
          L={L}
          onSaved={() => {
            p.onSaved()
            p.onClose()
          }}
        />
      )}
    </Drawer>
  )
}

function SettingsForm({ initial, L, onSaved }: { initial: CustomerSettings; L: L; onSaved(): void }) {
  const { pick } = useI18n()
  const { message } = App.useApp()
  const { control, handleSubmit, formState, trigger } = useZodForm(CustomerSettingsFormSchema, initial)
  const rows = useFieldArray({ control, name: 'criteria' })
  const criteria = useWatch({ control, name: 'criteria' }) ?? []
  const tiers = useWatch({ control, name: ['tierA', 'tierB'] })
  // Rules span rows and fields (a group without weight, A above B): any change re-checks the whole form.
  const snapshot = JSON.stringify([criteria, tiers])
  useEffect(() => {
    if (formState.isDirty) void trigger()
  }, [snapshot, trigger, formState.isDirty])
  const e = formState.errors as FieldErrors<CustomerSettingsForm>
  const submit = handleSubmit(async (v) => {
    try {
      await call('customers.saveSettings', v)
      message.success(L.saved)
      onSaved()
    } catch (x) {
      message.error(pick(errorMessage(x)))
    }
  })
  const total = (g: string) =>
    criteria.filter((c) => c?.group === g).reduce((s, c) => s + (Number(c?.weight) || 0), 0)
  const num = (name: 'tierA' | 'tierB' | (typeof ALERTS)[number]) => (
    <>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <InputNumber
            data-testid={`cs-${name}`}
            aria-label={L[name]}
            value={field.value}
            onChange={(x) => field.onChange(x ?? undefined)}
          />
        )}
      />
      <FormError m={e[name]?.message} />
    </>
  )
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="customer-settings">
      <Card size="small" title={L.criteria}>
        <FormError m={listMessage(e.criteria)} />
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={rows.fields}
          columns={[
            {
              title: L.criterion,
              render: (_, __, i) => (
                <>
                  <Controller
                    name={`criteria.${i}.label`}
                    control={control}
                    render={({ field }) => <Input {...field} data-testid={`cs-label-${i}`} />}
                  />
                  <FormError m={e.criteria?.[i]?.label?.message ?? e.criteria?.[i]?.key?.message} />
                </>
              ),
            },
            {
              title: L.group,
              width: 140,
              render: (_, __, i) => (
                <FormSelect
                  control={control}
                  name={`criteria.${i}.group`}
                  options={[
                    { value: 'value', label: L.value },
                    { value: 'potential', label: L.potential },
                  ]}
                />
              ),
            },
            {
              title: L.weight,
              width: 110,
              render: (_, __, i) => (
                <>
                  <Controller
                    name={`criteria.${i}.weight`}
                    control={control}
                    render={({ field }) => (
                      <InputNumber
                        data-testid={`cs-weight-${i}`}
                        style={{ width: '100%' }}
                        value={field.value}
                        onChange={(x) => field.onChange(x ?? undefined)}
                      />
                    )}
                  />
                  <FormError m={e.criteria?.[i]?.weight?.message} />
                </>
              ),
            },
            {
              title: L.share,
              width: 90,
              align: 'right',
              render: (_, __, i) => {
                const c = criteria[i]
                const t = c ? total(c.group) : 0
                return t > 0 && c ? `${Math.round(((Number(c.weight) || 0) * 1000) / t) / 10}%` : '—'
              },
            },
            {
              width: 48,
              render: (_, __, i) => (
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={L.remove}
                  onClick={() => rows.remove(i)}
                />
              ),
            },
          ]}
        />
        <Button
          style={{ marginTop: 8 }}
          data-testid="cs-add"
          onClick={() => rows.append({ key: newKey(), label: '', group: 'value', weight: 10 })}
        >
          {L.add}
        </Button>
      </Card>
      <Card size="small" title={L.tiers}>
        <Space size="large" align="start">
          {(['tierA', 'tierB'] as const).map((k) => (
            <Space key={k} align="start">
              <span>{L[k]}</span>
              <div>{num(k)}</div>
            </Space>
          ))}
        </Space>
      </Card>
      <Card size="small" title={L.alerts}>
        <Space direction="vertical">
          {ALERTS.map((k) => (
            <Space key={k} align="start">
              <span style={{ display: 'inline-block', width: 220 }}>{L[k]}</span>
              <div>{num(k)}</div>
            </Space>
          ))}
        </Space>
      </Card>
      <Button
        type="primary"
        data-testid="cs-save"
        loading={formState.isSubmitting}
        onClick={() => void submit()}
      >
        {L.save}
      </Button>
    </Space>
  )
}
