import { ArrowUpOutlined, DeleteOutlined, FileAddOutlined } from '@ant-design/icons'
import { Button, List, Tag, Typography } from 'antd'
import { useRef } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import { TENDER_FILE } from '@shared/contract/define'
import type { Lang } from '@shared/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { FormError } from '@renderer/components/FormError'
import { PickedFileSchema, pickedFileRule } from '@renderer/hooks/usePickedFile'
import { errorsByPath } from '@renderer/hooks/zod-resolver'
import { TI } from './labels'

/** The tender first, then its amendments in the order issued (later wins); each file kept with what is checked. */
export const FilesForm = z.object({
  files: z
    .array(PickedFileSchema.extend({ file: z.custom<File>((f) => f instanceof Blob) }))
    .min(1, '请先选择招标文件 / choose the tender first'),
})
export type FilesValues = z.infer<typeof FilesForm>

/** Each picked file must be a .docx or .pdf the server accepts: said at the file, before anything is read. */
export function filesRules(v: FilesValues, lang: Lang): Record<string, string> {
  return Object.assign({}, ...v.files.map((f, i) => pickedFileRule(`files.${i}`, f, TENDER_FILE, lang)))
}

/** Step 1: choose the 招标文件 and its 更正公告; a file that cannot be read is refused at its row. */
export function FilesStep({ form }: { form: UseFormReturn<FilesValues> }) {
  const L = useLabels(TI)
  const input = useRef<HTMLInputElement>(null)
  const files = form.watch('files')
  const errors = errorsByPath(form.formState.errors)
  // Every change re-checks the whole list, so a message follows its file when the order changes.
  const setFiles = (next: FilesValues['files']) => {
    form.setValue('files', next, { shouldDirty: true })
    void form.trigger()
  }
  return (
    <>
      <Typography.Paragraph type="secondary">{L.filesHelp}</Typography.Paragraph>
      <Button icon={<FileAddOutlined />} onClick={() => input.current?.click()}>
        {L.chooseFiles}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept=".docx,.pdf,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data-testid="tender-file"
        onChange={(e) => {
          const chosen = [...(e.target.files ?? [])]
          e.target.value = ''
          setFiles([...files, ...chosen.map((file) => ({ name: file.name, size: file.size, file }))])
        }}
      />
      <List
        style={{ marginTop: 8 }}
        dataSource={files}
        renderItem={(f, i) => (
          <List.Item
            data-testid={`tender-file-${i}`}
            actions={[
              <Button
                key="up"
                size="small"
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                title={L.up}
                onClick={() =>
                  setFiles(files.map((x, j) => (j === i - 1 ? files[i] : j === i ? files[i - 1] : x)))
                }
              />,
              <Button
                key="rm"
                size="small"
                icon={<DeleteOutlined />}
                title={L.remove}
                data-testid={`tender-file-remove-${i}`}
                onClick={() => setFiles(files.filter((_, j) => j !== i))}
              />,
            ]}
          >
            <div>
              <Tag color={errors[`files.${i}`] ? 'error' : i === 0 ? 'blue' : 'orange'}>
                {i === 0 ? L.roleTender : fmt(L.roleAmendment, { n: i })}
              </Tag>{' '}
              <Typography.Text type={errors[`files.${i}`] ? 'danger' : undefined}>{f.name}</Typography.Text>
              <FormError m={errors[`files.${i}`]} testId="tender-file-error" />
            </div>
          </List.Item>
        )}
      />
    </>
  )
}
