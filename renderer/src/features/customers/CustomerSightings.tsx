import { Input } from 'antd'
import { useEffect, useState } from 'react'
import { Controller, useFieldArray, useWatch, type UseFormReturn } from 'react-hook-form'
import { newId, SightingSchema, type Customer, type IndexEntry } from '@shared/schemas'
import { docsApi } from '@renderer/api/docs'
import { FormError } from '@renderer/components/FormError'
import { FormSelect } from '@renderer/components/FormSelect'
import { useLabels } from '@renderer/app/use-labels'
import { LogTable } from './LogTable'
import { PROFILE } from './profile-labels'

type Form = UseFormReturn<Customer>

/**
 * 竞争对手动向: a competitor seen with the customer's people. It feeds the 风险预警 "competitor seen visiting", so a
 * sales rep must be able to log one the day it is heard of. A competitor not yet in the registry is kept by name.
 */
export function CustomerSightings({ form }: { form: Form }) {
  const L = useLabels(PROFILE)
  const { control, formState } = form
  const rows = useFieldArray({ control, name: 'sightings', keyName: 'key' })
  const people = useWatch({ control, name: 'people' }) ?? []
  const [competitors, setCompetitors] = useState<IndexEntry[]>([])
  useEffect(() => {
    // The registry only names the choices; the page stays usable without it (names typed by hand).
    docsApi('competitors')
      .list()
      .then(setCompetitors, () => setCompetitors([]))
  }, [])
  const errs = formState.errors.sightings
  const competitorOptions = [
    { value: '', label: L.notRegistered },
    ...competitors.map((c) => ({ value: c.id, label: c.title })),
  ]
  const personOptions = people.map((p) => ({ value: p.id, label: p.name || p.id }))
  const text = (i: number, f: 'competitorName' | 'note') => (
    <>
      <Controller
        name={`sightings.${i}.${f}`}
        control={control}
        render={({ field }) => <Input {...field} data-testid={`sighting-${f}-${i}`} />}
      />
      <FormError m={errs?.[i]?.[f]?.message} testId="customer-error" />
    </>
  )
  return (
    <LogTable
      title={L.sightings}
      addLabel={L.addSighting}
      testId="sighting"
      minWidth={1000}
      rows={rows.fields}
      onAdd={() => rows.prepend(SightingSchema.parse({ id: newId('sig') }))}
      onRemove={(i) => rows.remove(i)}
      date={{ control, name: (i) => `sightings.${i}.date`, error: (i) => errs?.[i]?.date?.message }}
      columns={[
        {
          title: L.competitor,
          width: 190,
          render: (_, __, i) => (
            <FormSelect
              control={control}
              name={`sightings.${i}.competitorId`}
              nullable
              options={competitorOptions}
              testId={`sighting-competitor-${i}`}
            />
          ),
        },
        { title: L.competitorName, width: 170, render: (_, __, i) => text(i, 'competitorName') },
        {
          title: L.seenWith,
          width: 200,
          render: (_, __, i) => (
            <FormSelect
              control={control}
              name={`sightings.${i}.personIds`}
              mode="multiple"
              options={personOptions}
              testId={`sighting-people-${i}`}
            />
          ),
        },
        { title: L.note, width: 260, render: (_, __, i) => text(i, 'note') },
      ]}
    />
  )
}
