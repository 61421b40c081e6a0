import { DeleteOutlined } from '@ant-design/icons'
import { Button, Card, Input, Popconfirm, Switch, Table } from 'antd'
import dayjs from 'dayjs'
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form'
import { setPersonLevel } from '@shared/domain/customers'
import { formatDate } from '@shared/i18n/dates'
import { CUSTOMER_ROLES, CustomerPersonSchema, newId, type Customer } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumOptions, useLabels } from '@renderer/app/use-labels'
import { DateInput } from '@renderer/components/DateInput'
import { FormError } from '@renderer/components/FormError'
import { FormSelect } from '@renderer/components/FormSelect'
import { CUSTOMER_ROLE } from './labels'
import { LevelPicker } from './LevelTag'
import { PROFILE } from './profile-labels'
import { rowAttrs } from '@renderer/components/row-attrs'

type Form = UseFormReturn<Customer>

/**
 * The customer's people: role in the decision (KDM/KI/KU/教练/内线), relationship level CR1–CR5 with every change
 * kept in the history (setPersonLevel, the rule the bid's decision-chain tab uses), and what each person values.
 */
export function CustomerPeople({ form }: { form: Form }) {
  const L = useLabels(PROFILE)
  const { lang } = useI18n()
  const { control, getValues, setValue, formState } = form
  const rows = useFieldArray({ control, name: 'people', keyName: 'key' })
  const people = useWatch({ control, name: 'people' }) ?? []
  const errs = formState.errors.people
  const text = (i: number, f: 'name' | 'position' | 'department' | 'valuePoints', rows = 1) => (
    <>
      <Controller
        name={`people.${i}.${f}`}
        control={control}
        render={({ field }) =>
          rows > 1 ? (
            <Input.TextArea
              {...field}
              autoSize={{ minRows: 1, maxRows: 4 }}
              data-testid={`person-${f}-${i}`}
            />
          ) : (
            <Input {...field} data-testid={`person-${f}-${i}`} />
          )
        }
      />
      <FormError m={errs?.[i]?.[f]?.message} testId="customer-error" />
    </>
  )
  const changeLevel = (i: number, level: Customer['people'][number]['level']) => {
    const id = getValues(`people.${i}.id`)
    const next = setPersonLevel(
      { people: getValues('people') },
      id,
      level,
      dayjs().format('YYYY-MM-DD'),
      newId('lvl'),
    ).people[i]
    setValue(`people.${i}.levelHistory`, next.levelHistory, { shouldDirty: true })
    setValue(`people.${i}.level`, next.level, { shouldDirty: true })
  }
  // The visits log names people by id: a deleted person leaves the visits, which stay.
  const removePerson = (i: number) => {
    const id = getValues(`people.${i}.id`)
    rows.remove(i)
    const acts = getValues('activities')
    if (acts.some((a) => a.personIds.includes(id)))
      setValue(
        'activities',
        acts.map((a) => ({ ...a, personIds: a.personIds.filter((x) => x !== id) })),
        { shouldDirty: true },
      )
  }
  return (
    <Card
      size="small"
      title={L.people}
      extra={
        <Button
          size="small"
          data-testid="person-add"
          onClick={() => rows.append(CustomerPersonSchema.parse({ id: newId('p') }))}
        >
          {L.addPerson}
        </Button>
      }
    >
      <div style={{ overflowX: 'auto' }}>
        <Table
          data-testid="people"
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows.fields}
          style={{ minWidth: 1410 }}
          tableLayout="fixed"
          onRow={(_, i) => rowAttrs({ 'data-testid': `person-row-${people[i ?? 0]?.id}` })}
          columns={[
            { title: L.name, width: 110, render: (_, __, i) => text(i, 'name') },
            { title: L.position, width: 120, render: (_, __, i) => text(i, 'position') },
            { title: L.department, width: 110, render: (_, __, i) => text(i, 'department') },
            {
              title: L.role,
              width: 175,
              render: (_, __, i) => (
                <FormSelect
                  control={control}
                  name={`people.${i}.role`}
                  options={enumOptions(CUSTOMER_ROLES, CUSTOMER_ROLE, lang)}
                  testId={`person-role-${i}`}
                />
              ),
            },
            {
              title: L.roleSince,
              width: 140,
              render: (_, __, i) => (
                <Controller
                  name={`people.${i}.roleSince`}
                  control={control}
                  render={({ field }) => <DateInput value={field.value} onChange={field.onChange} />}
                />
              ),
            },
            {
              title: L.level,
              width: 215,
              render: (_, __, i) =>
                people[i] && <LevelPicker person={people[i]} onChange={(level) => changeLevel(i, level)} />,
            },
            {
              title: L.history,
              width: 170,
              render: (_, __, i) => (
                <span data-testid={`person-history-${i}`} style={{ fontSize: 12 }}>
                  {[...(people[i]?.levelHistory ?? [])]
                    .sort((a, b) => a.date.localeCompare(b.date))
                    .map((h) => `${formatDate(h.date, lang)} ${h.level}`)
                    .join(' → ')}
                </span>
              ),
            },
            { title: L.values, width: 260, render: (_, __, i) => text(i, 'valuePoints', 3) },
            {
              title: L.left,
              width: 64,
              render: (_, __, i) => (
                <Controller
                  name={`people.${i}.left`}
                  control={control}
                  render={({ field }) => (
                    <Switch size="small" checked={field.value} onChange={field.onChange} />
                  )}
                />
              ),
            },
            {
              width: 44,
              render: (_, __, i) => (
                <Popconfirm
                  title={L.removePerson}
                  okText={L.ok}
                  cancelText={L.cancel}
                  onConfirm={() => removePerson(i)}
                >
                  <Button type="text" icon={<DeleteOutlined />} aria-label={L.remove} />
                </Popconfirm>
              ),
            },
          ]}
        />
      </div>
    </Card>
  )
}
