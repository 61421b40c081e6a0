import { Input } from 'antd'
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form'
import type { Deal } from '@shared/domain/pipeline'
import { ACTIVITY_KINDS, ActivitySchema, newId, type Customer } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumOptions, useLabels } from '@renderer/app/use-labels'
import { FormError } from '@renderer/components/FormError'
import { FormSelect } from '@renderer/components/FormSelect'
import { ACTIVITY_KIND, ACTIVITY_OUTCOME } from './labels'
import { LogTable } from './LogTable'
import { PROFILE } from './profile-labels'

type Form = UseFormReturn<Customer>
const OUTCOMES = ['推进', '维持', '受阻'] as const

/**
 * The visits and activities log (拜访, 高层互访, 参观总部, 参观样板客户, 技术交流, 痛点方案): when, whom of the
 * customer's people, for which bid (or the customer as a whole), what happened and how it came out. The 风险预警
 * read the visits to KDMs; the bid's four strategies read the kinds.
 */
export function CustomerVisits({ form, bids }: { form: Form; bids: Deal[] }) {
  const L = useLabels(PROFILE)
  const { lang } = useI18n()
  const { control, formState } = form
  const rows = useFieldArray({ control, name: 'activities', keyName: 'key' })
  const people = useWatch({ control, name: 'people' }) ?? []
  const errs = formState.errors.activities
  const personOptions = people.map((p) => ({ value: p.id, label: p.name || p.id }))
  const bidOptions = [{ value: '', label: L.noBid }, ...bids.map((b) => ({ value: b.id, label: b.title }))]
  const text = (i: number, f: 'summary' | 'ourPeople' | 'nextStep') => (
    <>
      <Controller
        name={`activities.${i}.${f}`}
        control={control}
        render={({ field }) =>
          f === 'summary' ? (
            <Input.TextArea
              {...field}
              autoSize={{ minRows: 1, maxRows: 4 }}
              data-testid={`visit-${f}-${i}`}
            />
          ) : (
            <Input {...field} data-testid={`visit-${f}-${i}`} />
          )
        }
      />
      <FormError m={errs?.[i]?.[f]?.message} testId="customer-error" />
    </>
  )
  return (
    <LogTable
      title={L.visits}
      addLabel={L.addVisit}
      testId="visit"
      minWidth={1360}
      rows={rows.fields}
      // The newest visit goes on top, where the log is read from.
      onAdd={() => rows.prepend(ActivitySchema.parse({ id: newId('act') }))}
      onRemove={(i) => rows.remove(i)}
      date={{ control, name: (i) => `activities.${i}.date`, error: (i) => errs?.[i]?.date?.message }}
      columns={[
        {
          title: L.kind,
          width: 150,
          render: (_, __, i) => (
            <FormSelect
              control={control}
              name={`activities.${i}.kind`}
              options={enumOptions(ACTIVITY_KINDS, ACTIVITY_KIND, lang)}
              testId={`visit-kind-${i}`}
            />
          ),
        },
        {
          title: L.who,
          width: 200,
          render: (_, __, i) => (
            <FormSelect
              control={control}
              name={`activities.${i}.personIds`}
              mode="multiple"
              options={personOptions}
              testId={`visit-people-${i}`}
            />
          ),
        },
        { title: L.ourPeople, width: 110, render: (_, __, i) => text(i, 'ourPeople') },
        {
          title: L.bid,
          width: 190,
          render: (_, __, i) => (
            <FormSelect
              control={control}
              name={`activities.${i}.bidId`}
              nullable
              options={bidOptions}
              testId={`visit-bid-${i}`}
            />
          ),
        },
        { title: L.summary, width: 280, render: (_, __, i) => text(i, 'summary') },
        {
          title: L.outcome,
          width: 110,
          render: (_, __, i) => (
            <FormSelect
              control={control}
              name={`activities.${i}.outcome`}
              nullable
              allowClear
              options={enumOptions(OUTCOMES, ACTIVITY_OUTCOME, lang)}
              testId={`visit-outcome-${i}`}
            />
          ),
        },
        { title: L.nextStep, width: 130, render: (_, __, i) => text(i, 'nextStep') },
      ]}
    />
  )
}
