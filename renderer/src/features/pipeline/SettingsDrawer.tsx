import { DeleteOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Drawer, Input, InputNumber, Space, Table, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { Controller, useFieldArray, type Control, type FieldErrors } from 'react-hook-form'
import { PipelineSettingsFormSchema, type PipelineSettingsForm } from '@shared/domain/pipeline'
import { PIPELINE_STAGES } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { firstError, FormError } from '@renderer/components/FormError'
import { MoneyInput } from '@renderer/components/MoneyInput'
import { useZodForm } from '@renderer/hooks/useZodForm'
import { SETTINGS } from './labels'
import { stageName } from './PipelinePage'
import { errorMessage } from '@renderer/api/error-text'

type Day = { date: string; name: string }
const Err = FormError

/** Days as lines "2027-10-01 国庆节"; a line that does not read as a day stays and is refused at its line. */
function DaysText(p: { value: Day[]; onChange(v: Day[]): void; testId: string }) {
  const [text, setText] = useState(() => p.value.map((d) => `${d.date} ${d.name}`).join('\n'))
  return (
    <Input.TextArea
      data-testid={p.testId}
      rows={4}
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        p.onChange(
          e.target.value
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
            .map((l) => {
              const [date, ...rest] = l.split(/\s+/)
              return { date, name: rest.join(' ') || date }
            }),
        )
      }}
    />
  )
}

/** 销售漏斗 settings: stage probabilities and limits, targets per period, working-day calendar supplements. */
export function SettingsDrawer({
  open,
  onClose,
  onSaved,
}: {
  open: boolean
  onClose(): void
  onSaved(): void
}) {
  const [initial, setInitial] = useState<
    (PipelineSettingsForm & { builtInTo: number; validThrough: number }) | null
  >(null)
  useEffect(() => {
    if (open) void call('pipeline.settings', {}).then(setInitial)
    else setInitial(null)
  }, [open])
  const L = useLabels(SETTINGS)
  return (
    <Drawer open={open} onClose={onClose} width={760} title={L.title} destroyOnHidden>
      {initial && (
        <SettingsForm
          initial={initial}
          onSaved={() => {
            onSaved()
            onClose()
          }}
        />
      )}
    </Drawer>
  )
}

function SettingsForm({
  initial,
  onSaved,
}: {
  initial: PipelineSettingsForm & { builtInTo: number; validThrough: number }
  onSaved(): void
}) {
  const L = useLabels(SETTINGS)
  const { lang, pick } = useI18n()
  const { message } = App.useApp()
  const { control, handleSubmit, formState } = useZodForm(PipelineSettingsFormSchema, {
    pipeline: initial.pipeline,
    calendar: initial.calendar,
  })
  const targets = useFieldArray({ control, name: 'pipeline.targets' })
  const supps = useFieldArray({ control, name: 'calendar.supplements' })
  const e = formState.errors as FieldErrors<PipelineSettingsForm>
  const submit = handleSubmit(async (v) => {
    try {
      await call('pipeline.saveSettings', v)
      message.success(L.saved)
      onSaved()
    } catch (x) {
      message.error(pick(errorMessage(x)))
    }
  })
  const num = (name: `pipeline.probabilities.${number}` | `pipeline.stageAgeDays.${number}`, id: string) => (
    <Controller
      name={name}
      control={control as Control<PipelineSettingsForm>}
      render={({ field }) => (
        <InputNumber
          data-testid={id}
          value={field.value as number | null}
          onChange={(x) => field.onChange(x ?? (name.includes('stageAge') ? null : undefined))}
        />
      )}
    />
  )
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="pipeline-settings">
      <Card size="small" title={L.stages}>
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={PIPELINE_STAGES.map((s, i) => ({ s, i }))}
          columns={[
            { title: L.stage, render: (_, r) => `${r.i + 1}. ${stageName(r.i + 1, lang)}` },
            {
              title: L.probability,
              render: (_, r) => (
                <>
                  {num(`pipeline.probabilities.${r.i}`, `prob-${r.i + 1}`)}
                  <Err m={e.pipeline?.probabilities?.[r.i]?.message} />
                </>
              ),
            },
            {
              title: L.ageDays,
              render: (_, r) => (
                <>
                  {num(`pipeline.stageAgeDays.${r.i}`, `age-${r.i + 1}`)}
                  <Err m={e.pipeline?.stageAgeDays?.[r.i]?.message} />
                </>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={L.targets} extra={<span>{L.targetsHint}</span>}>
        {targets.fields.map((f, i) => (
          <Space key={f.id} align="start" style={{ display: 'flex', marginBottom: 8 }}>
            <div>
              <Controller
                name={`pipeline.targets.${i}.period`}
                control={control}
                render={({ field }) => (
                  <Input
                    {...field}
                    placeholder="2027Q1"
                    style={{ width: 120 }}
                    data-testid={`target-period-${i}`}
                  />
                )}
              />
              <Err m={e.pipeline?.targets?.[i]?.period?.message} />
            </div>
            <div style={{ width: 220 }}>
              <Controller
                name={`pipeline.targets.${i}.amount`}
                control={control}
                render={({ field }) => (
                  <MoneyInput
                    data-testid={`target-amount-${i}`}
                    value={field.value}
                    onChange={(x) => field.onChange(x ?? undefined)}
                  />
                )}
              />
              <Err m={e.pipeline?.targets?.[i]?.amount?.message} />
            </div>
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={L.remove}
              onClick={() => targets.remove(i)}
            />
          </Space>
        ))}
        <Button data-testid="target-add" onClick={() => targets.append({ period: '', amount: 0 })}>
          {L.addTarget}
        </Button>
      </Card>
      <Card
        size="small"
        title={L.calendar}
        extra={<Tag>{fmt(L.builtIn, { y: initial.builtInTo, v: initial.validThrough })}</Tag>}
      >
        <Alert type="info" showIcon message={L.calendarHint} style={{ marginBottom: 8 }} />
        {supps.fields.map((f, i) => (
          <Card size="small" key={f.id} style={{ marginBottom: 8 }}>
            <Space align="start" wrap>
              <Controller
                name={`calendar.supplements.${i}.year`}
                control={control}
                render={({ field }) => (
                  <InputNumber
                    data-testid={`supp-year-${i}`}
                    value={field.value}
                    onChange={(x) => field.onChange(x ?? undefined)}
                  />
                )}
              />
              <Controller
                name={`calendar.supplements.${i}.source`}
                control={control}
                render={({ field }) => <Input {...field} placeholder={L.source} style={{ width: 360 }} />}
              />
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={L.remove}
                onClick={() => supps.remove(i)}
              />
            </Space>
            <Err m={e.calendar?.supplements?.[i]?.year?.message} />
            <Space align="start" style={{ display: 'flex', marginTop: 8 }}>
              {(['holidays', 'workdays'] as const).map((k) => (
                <div key={k} style={{ width: 330 }}>
                  <div>{k === 'holidays' ? L.holidays : L.workdays}</div>
                  <Controller
                    name={`calendar.supplements.${i}.${k}`}
                    control={control}
                    render={({ field }) => (
                      <DaysText value={field.value} onChange={field.onChange} testId={`supp-${k}-${i}`} />
                    )}
                  />
                  <Err m={firstError(e.calendar?.supplements?.[i]?.[k])} />
                </div>
              ))}
            </Space>
          </Card>
        ))}
        <Button
          data-testid="supp-add"
          onClick={() =>
            supps.append({ year: initial.validThrough + 1, source: '', holidays: [], workdays: [] })
          }
        >
          {L.addYear}
        </Button>
      </Card>
      <Button
        type="primary"
        data-testid="settings-save"
        onClick={() => void submit()}
        loading={formState.isSubmitting}
      >
        {L.save}
      </Button>
    </Space>
  )
}
