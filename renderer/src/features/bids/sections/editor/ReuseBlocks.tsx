import { BookOutlined, SaveOutlined } from '@ant-design/icons'
import type { Editor, JSONContent } from '@tiptap/react'
import {
  Alert,
  App,
  Button,
  Drawer,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd'
import { useEffect, useState } from 'react'
import type { BlockLibrary } from '@shared/domain/sections/reuse'
import type { PulledBlock } from '@shared/contract/materials'
import { docText } from '@shared/domain/sections/text'
import { SectionDocSchema, type SectionDoc } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { buttonWithTestId } from '@renderer/components/test-id'
import { insertOutsideTable } from './insert'
import { L } from './reuse-labels'
import { errorMessage } from '@renderer/api/error-text'

export interface ReuseProps {
  editor: Editor
  bidId: string
  sectionId: string
  sectionTitle: string
}

/**
 * Every open 插入文本块 list hears of a block saved anywhere in the page, so the list never misses one that was saved
 * while it was loading or open (it reloads; the server's list is the truth).
 */
const savedListeners = new Set<() => void>()
function blockSaved() {
  for (const f of savedListeners) f()
}

function useError() {
  const { pick } = useI18n()
  const { message } = App.useApp()
  return (e: unknown) => message.error(pick(errorMessage(e)))
}

/** The selection as a document of its own (cut keeps the lists and tables around it), or the whole section. */
function selectedDoc(editor: Editor): { doc: SectionDoc; part: boolean } {
  const sel = editor.state.selection
  if (!sel.empty) {
    const part = SectionDocSchema.safeParse(editor.state.doc.cut(sel.from, sel.to).toJSON())
    if (part.success && docText(part.data).trim()) return { doc: part.data, part: true }
  }
  return { doc: SectionDocSchema.parse(editor.getJSON()), part: false }
}

/** 存为文本块: the selection (or the section) goes to the materials library with a title and tags. */
export function SaveBlockButton({ editor, bidId, sectionId, sectionTitle }: ReuseProps) {
  const t = useLabels(L)
  const { message } = App.useApp()
  const fail = useError()
  const [draft, setDraft] = useState<{ doc: SectionDoc; part: boolean } | null>(null)
  const [title, setTitle] = useState('')
  const [tags, setTags] = useState<string[]>([])
  const [known, setKnown] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const open = () => {
    const d = selectedDoc(editor)
    const text = docText(d.doc).trim()
    if (!text) return void message.warning(t.nothingToSave)
    setDraft(d)
    setTitle(d.part ? text.split('\n')[0].slice(0, 40) : sectionTitle)
    setTags([])
    call('materials.blocks', {}).then(
      (r) => setKnown(r.tags.map((x) => x.tag)),
      () => setKnown([]),
    )
  }
  const save = async () => {
    if (!draft) return
    if (!title.trim()) return void message.warning(t.titleRequired)
    setBusy(true)
    try {
      const m = await call('materials.saveBlock', { bidId, sectionId, title, tags, doc: draft.doc })
      message.success(fmt(t.saved, { title: m.title }))
      setDraft(null)
      blockSaved()
    } catch (e) {
      fail(e)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button size="small" icon={<SaveOutlined />} data-testid="block-save" onClick={open}>
        {t.save}
      </Button>
      <Modal
        open={draft !== null}
        title={t.saveTitle}
        onCancel={() => setDraft(null)}
        onOk={save}
        confirmLoading={busy}
        okButtonProps={buttonWithTestId('block-save-ok')}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t.scope}>
            <Tag color={draft?.part ? 'blue' : 'default'} data-testid="block-save-scope">
              {draft?.part ? t.scopeSelection : t.scopeSection}
            </Tag>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ marginTop: 8 }}>
              {draft ? docText(draft.doc) : ''}
            </Typography.Paragraph>
          </Form.Item>
          <Form.Item label={t.title} required>
            <Input
              value={title}
              maxLength={500}
              onChange={(e) => setTitle(e.target.value)}
              data-testid="block-save-title"
            />
          </Form.Item>
          <Form.Item label={t.tags}>
            <Select
              mode="tags"
              value={tags}
              onChange={setTags}
              placeholder={t.tagsPlaceholder}
              options={known.map((k) => ({ value: k, label: k }))}
              data-testid="block-save-tags"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  )
}

/** 插入文本块: browse the library's blocks by tag and words, read what the source bid left in one, insert it. */
export function PullBlockButton({ editor, bidId, sectionId }: ReuseProps) {
  const t = useLabels(L)
  const { pick } = useI18n()
  const { message } = App.useApp()
  const fail = useError()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [tags, setTags] = useState<string[]>([])
  const [lib, setLib] = useState<BlockLibrary | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  // Bumped to load the list again: a block saved meanwhile, or 重试 after a failed load.
  const [generation, setGeneration] = useState(0)
  const [picked, setPicked] = useState<PulledBlock | null>(null)
  const [checking, setChecking] = useState(false)
  useEffect(() => {
    const reload = () => setGeneration((g) => g + 1)
    savedListeners.add(reload)
    return () => void savedListeners.delete(reload)
  }, [])
  useEffect(() => {
    if (!open) return
    let live = true
    setLoadError(null)
    call('materials.blocks', { query, tags }).then(
      (r) => live && setLib(r),
      (e) => live && setLoadError(pick(errorMessage(e))),
    )
    return () => {
      live = false
    }
  }, [open, query, tags, generation, pick])
  const openDrawer = () => {
    // Each opening reads the library afresh: what was listed last time may be out of date.
    setLib(null)
    setGeneration((g) => g + 1)
    setOpen(true)
  }
  const choose = async (materialId: string) => {
    setChecking(true)
    try {
      setPicked(await call('materials.pullBlock', { materialId, bidId, sectionId }))
    } catch (e) {
      fail(e)
    } finally {
      setChecking(false)
    }
  }
  const insert = () => {
    if (!picked) return
    insertOutsideTable(editor, picked.doc.content as JSONContent[])
    const n = picked.findings.length
    const title = picked.material.title
    if (n) message.warning(fmt(t.insertedFindings, { title, n }), 8)
    else message.success(fmt(t.inserted, { title }))
    setPicked(null)
    setOpen(false)
  }
  const toggle = (tag: string) =>
    setTags((ts) => (ts.includes(tag) ? ts.filter((x) => x !== tag) : [...ts, tag]))
  return (
    <>
      <Button size="small" icon={<BookOutlined />} data-testid="block-pull" onClick={openDrawer}>
        {t.pull}
      </Button>
      <Drawer
        open={open}
        title={t.pullTitle}
        width={620}
        onClose={() => {
          setOpen(false)
          setPicked(null)
        }}
      >
        {picked ? (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="block-picked">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {picked.material.title}
            </Typography.Title>
            {picked.findings.length ? (
              <Alert
                type="warning"
                showIcon
                data-testid="block-findings"
                message={fmt(t.findings, { n: picked.findings.length })}
                description={
                  <ul style={{ paddingLeft: 18, margin: 0 }}>
                    {picked.findings.map((f, i) => (
                      <li key={i} data-testid="block-finding" data-kind={f.kind}>
                        <Tag color={f.severity === '提示' ? 'default' : 'orange'}>
                          {f.ruleId} {f.severity}
                        </Tag>
                        {pick(f.message)} — {pick(f.fix)}
                      </li>
                    ))}
                  </ul>
                }
              />
            ) : (
              <Alert type="success" showIcon message={t.clean} data-testid="block-clean" />
            )}
            {picked.unlinked > 0 && (
              <Alert type="info" showIcon message={fmt(t.unlinked, { n: picked.unlinked })} />
            )}
            <div
              style={{
                border: '1px solid #f0f0f0',
                padding: 8,
                maxHeight: 320,
                overflow: 'auto',
                whiteSpace: 'pre-wrap',
              }}
              data-testid="block-preview"
            >
              {picked.text}
            </div>
            <Space>
              <Button type="primary" onClick={insert} data-testid="block-insert">
                {t.insert}
              </Button>
              <Button onClick={() => setPicked(null)}>{t.back}</Button>
            </Space>
          </Space>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input.Search allowClear placeholder={t.search} onSearch={setQuery} data-testid="block-search" />
            <div>
              {(lib?.tags ?? []).map(({ tag, count }) => (
                <Tag.CheckableTag
                  key={tag}
                  checked={tags.includes(tag)}
                  onChange={() => toggle(tag)}
                  data-testid="block-tag"
                >
                  {tag} ({count})
                </Tag.CheckableTag>
              ))}
            </div>
            {loadError && (
              <Alert
                type="error"
                showIcon
                data-testid="block-load-error"
                message={fmt(t.loadFailed, { error: loadError })}
                action={
                  <Button size="small" onClick={() => setGeneration((g) => g + 1)}>
                    {t.retry}
                  </Button>
                }
              />
            )}
            {lib && lib.blocks.length === 0 ? (
              <Empty description={t.noBlocks} />
            ) : (
              <List
                loading={(!lib && !loadError) || checking}
                dataSource={lib?.blocks ?? []}
                renderItem={({ material: m, excerpt }) => (
                  <List.Item
                    actions={[
                      <Button key="c" size="small" onClick={() => choose(m.id)} data-testid="block-choose">
                        {t.choose}
                      </Button>,
                    ]}
                  >
                    <div data-testid="block-item" style={{ flex: 1 }}>
                      <List.Item.Meta
                        title={
                          <Space wrap>
                            {m.title}
                            {m.tags.map((x) => (
                              <Tag key={x}>{x}</Tag>
                            ))}
                          </Space>
                        }
                        description={
                          <>
                            <div>
                              {fmt(t.from, {
                                bid: m.block?.origin.bidTitle ?? '',
                                section: m.block?.origin.sectionTitle ?? '',
                              })}
                            </div>
                            <Typography.Text type="secondary">{excerpt}</Typography.Text>
                          </>
                        }
                      />
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Space>
        )}
      </Drawer>
    </>
  )
}
