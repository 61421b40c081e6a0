import {
  BoldOutlined,
  FileImageOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  TableOutlined,
  UnderlineOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons'
import { useEditorState, type Editor, type JSONContent } from '@tiptap/react'
import { App, Button, Divider, Select, Space, Tooltip } from 'antd'
import { useRef } from 'react'
import type { Requirement } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { bufferToBase64 } from '@renderer/api/files'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { insertOutsideTable } from './insert'
import { L } from './labels'
import { errorMessage } from '@renderer/api/error-text'

/** Pictures go through the API as base64 (files.put caps it); a larger one is refused here with the reason. */
const MAX_IMAGE_BYTES = 40 * 1024 * 1024

export function EditorToolbar({
  editor,
  requirements,
  extra,
}: {
  editor: Editor
  requirements: readonly Requirement[]
  extra?: React.ReactNode
}) {
  const t = useLabels(L)
  const { pick } = useI18n()
  const { message } = App.useApp()
  const file = useRef<HTMLInputElement>(null)
  const word = useRef<HTMLInputElement>(null)
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      block: e.isActive('heading', { level: 1 })
        ? 'h1'
        : e.isActive('heading', { level: 2 })
          ? 'h2'
          : e.isActive('heading', { level: 3 })
            ? 'h3'
            : 'p',
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      inTable: e.isActive('table'),
    }),
  })
  const chain = () => editor.chain().focus()
  const insertBlock = (content: JSONContent) => insertOutsideTable(editor, content)
  const setBlock = (v: string) => {
    if (v === 'p') chain().setParagraph().run()
    else
      chain()
        .setHeading({ level: Number(v[1]) as 1 | 2 | 3 })
        .run()
  }
  const addImage = async (f: File) => {
    if (f.size > MAX_IMAGE_BYTES) return void message.error(t.imageTooLarge)
    try {
      const att = await call('files.put', {
        name: f.name,
        mime: f.type || 'application/octet-stream',
        dataBase64: bufferToBase64(await f.arrayBuffer()),
      })
      insertBlock({ type: 'image', attrs: { ...att, title: f.name.replace(/\.[^.]+$/, '') } })
    } catch (e) {
      message.error(pick(errorMessage(e)))
    }
  }
  const importWord = async (f: File) => {
    const hide = message.loading(t.importing, 0)
    try {
      const r = await call('bids.importSectionDocx', {
        fileName: f.name,
        dataBase64: bufferToBase64(await f.arrayBuffer()),
      })
      // An empty section takes the chapter as it is; otherwise it goes in where the cursor is.
      if (editor.isEmpty) editor.chain().setContent(r.html, { emitUpdate: true }).focus('start').run()
      else chain().insertContent(r.html).run()
      message.success(
        fmt(t.imported, { headings: r.headings, tables: r.tables, images: r.images }) +
          (r.warnings.length ? ` — ${r.warnings[0]}` : ''),
      )
    } catch (e) {
      message.error(pick(errorMessage(e)))
    } finally {
      hide()
    }
  }
  const tableItems = [
    { key: 'addRowAfter', label: t.addRow },
    { key: 'addColumnAfter', label: t.addColumn },
    { key: 'deleteRow', label: t.deleteRow },
    { key: 'deleteColumn', label: t.deleteColumn },
    { key: 'mergeCells', label: t.mergeCells },
    { key: 'splitCell', label: t.splitCell },
    { key: 'toggleHeaderRow', label: t.toggleHeaderRow },
    { key: 'deleteTable', label: t.deleteTable, danger: true },
  ] as const
  return (
    <Space wrap size={4} style={{ marginBottom: 6 }} data-testid="editor-toolbar">
      <Select
        size="small"
        style={{ width: 110 }}
        value={s.block}
        onChange={setBlock}
        data-testid="editor-block"
        options={[
          { value: 'p', label: t.paragraph },
          { value: 'h1', label: t.heading1 },
          { value: 'h2', label: t.heading2 },
          { value: 'h3', label: t.heading3 },
        ]}
      />
      <Button
        size="small"
        icon={<BoldOutlined />}
        aria-label={t.bold}
        type={s.bold ? 'primary' : 'default'}
        onClick={() => chain().toggleBold().run()}
      />
      <Button
        size="small"
        icon={<ItalicOutlined />}
        aria-label={t.italic}
        type={s.italic ? 'primary' : 'default'}
        onClick={() => chain().toggleItalic().run()}
      />
      <Button
        size="small"
        icon={<UnderlineOutlined />}
        aria-label={t.underline}
        type={s.underline ? 'primary' : 'default'}
        onClick={() => chain().toggleUnderline().run()}
      />
      <Divider type="vertical" />
      <Tooltip title={t.bulletList}>
        <Button
          size="small"
          icon={<UnorderedListOutlined />}
          aria-label={t.bulletList}
          data-testid="editor-bullet"
          type={s.bullet ? 'primary' : 'default'}
          onClick={() => chain().toggleBulletList().run()}
        />
      </Tooltip>
      <Tooltip title={t.orderedList}>
        <Button
          size="small"
          icon={<OrderedListOutlined />}
          aria-label={t.orderedList}
          data-testid="editor-ordered"
          type={s.ordered ? 'primary' : 'default'}
          onClick={() => chain().toggleOrderedList().run()}
        />
      </Tooltip>
      <Divider type="vertical" />
      <Button
        size="small"
        icon={<TableOutlined />}
        data-testid="editor-table"
        disabled={s.inTable}
        onClick={() => chain().insertTable({ rows: 3, cols: 4, withHeaderRow: true }).run()}
      >
        {t.insertTable}
      </Button>
      {s.inTable &&
        tableItems.map((i) => (
          <Button
            key={i.key}
            size="small"
            danger={'danger' in i}
            data-testid={`editor-${i.key}`}
            onClick={() => {
              const c = chain() as unknown as Record<string, () => { run(): boolean }>
              c[i.key]().run()
            }}
          >
            {i.label}
          </Button>
        ))}
      <Button
        size="small"
        icon={<FileImageOutlined />}
        data-testid="editor-image"
        onClick={() => file.current?.click()}
      >
        {t.insertImage}
      </Button>
      <input
        ref={file}
        type="file"
        accept="image/png,image/jpeg,image/gif,image/bmp"
        style={{ display: 'none' }}
        data-testid="editor-image-file"
        onChange={(e) => {
          const f = e.target.files?.[0]
          e.target.value = ''
          if (f) void addImage(f)
        }}
      />
      <Button size="small" data-testid="editor-page-break" onClick={() => insertBlock({ type: 'pageBreak' })}>
        {t.pageBreak}
      </Button>
      <Button size="small" data-testid="editor-import-word" onClick={() => word.current?.click()}>
        {t.importWord}
      </Button>
      <input
        ref={word}
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        style={{ display: 'none' }}
        data-testid="editor-word-file"
        onChange={(e) => {
          const f = e.target.files?.[0]
          e.target.value = ''
          if (f) void importWord(f)
        }}
      />
      {requirements.length > 0 && (
        <Select
          size="small"
          style={{ width: 200 }}
          placeholder={t.respondTo}
          value={null}
          data-testid="editor-respond"
          showSearch
          optionFilterProp="label"
          options={requirements.map((r) => ({
            value: r.id,
            label: `${r.no ? r.no + ' ' : ''}${r.text.slice(0, 40)}`,
          }))}
          onChange={(id: string) => chain().wrapIn('requirementResponse', { requirementId: id }).run()}
        />
      )}
      {extra}
    </Space>
  )
}
