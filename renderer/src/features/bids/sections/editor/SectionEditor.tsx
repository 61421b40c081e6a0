import { EditorContent, useEditor, type Editor, type JSONContent } from '@tiptap/react'
import { App } from 'antd'
import { useEffect, useMemo, useRef } from 'react'
import { docFromPlainText } from '@shared/domain/sections/plain'
import { docText } from '@shared/domain/sections/text'
import { writtenDoc } from '@shared/domain/sections/written'
import { wordPasteHtml } from '@shared/domain/sections/word-paste'
import { liftCellPictures } from '@shared/domain/sections/cell-pictures'
import { remoteDocAction } from '@shared/domain/sections/remote-edit'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { SectionDocSchema, type Requirement, type Section, type SectionDoc } from '@shared/schemas'
import { sectionExtensions } from './extensions'
import { EditorToolbar } from './EditorToolbar'
import { L } from './labels'
import { pasteWithPictures, pictureWork } from './paste-pictures'
import { PullBlockButton, SaveBlockButton } from './ReuseBlocks'
import './section-editor.css'

/** Typing stays in ProseMirror; the bid (and its autosave, checks, re-render) hears of it this long after a pause. */
const PUSH_MS = 400

export interface SectionEditorProps {
  /** The bid the section belongs to (saving it as a text block records where it came from). */
  bidId: string
  section: Section
  requirements: readonly Requirement[]
  /** The section's new document and its text (for `content`). */
  onChange(doc: SectionDoc, text: string): void
}

/** The document to open: the stored one while it is current, else the plain text read as the print reads it. */
export function initialDoc(section: Section): SectionDoc {
  return writtenDoc(section) ?? docFromPlainText(section.content)
}

/**
 * The rich-text editor of one section (TipTap). Only one is mounted at a time (the section being written), so a bid
 * of 50 long sections costs no more per keystroke than a bid of one.
 */
export function SectionEditor({ bidId, section, requirements, onChange }: SectionEditorProps) {
  const reqs = useRef(requirements)
  reqs.current = requirements
  const push = useRef(onChange)
  push.current = onChange
  const t = useLabels(L)
  const labels = useRef(t)
  labels.current = t
  const { message } = App.useApp()
  const editorRef = useRef<Editor | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef<JSONContent | null>(null)
  // The stored document last seen and the one this editor pushed last (JSON), to tell an echo from a remote edit.
  const storedKey = JSON.stringify(initialDoc(section))
  const seen = useRef(storedKey)
  const pushed = useRef<string | null>(null)

  const flush = () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const json = pending.current
    pending.current = null
    if (!json) return
    const parsed = SectionDocSchema.safeParse(json)
    // The editor's schema is the document schema; a failure here is a bug, and the edit stays on screen.
    if (!parsed.success) {
      console.error('section document rejected', parsed.error.issues)
      return
    }
    pushed.current = JSON.stringify(parsed.data)
    push.current(parsed.data, docText(parsed.data))
  }

  const extensions = useMemo(
    () =>
      sectionExtensions((id) => {
        const r = reqs.current.find((x) => x.id === id)
        return r
          ? `响应 / Response: ${r.no ? r.no + ' ' : ''}${r.text.slice(0, 60)}`
          : `响应 / Response: ${id}`
      }),
    [],
  )
  const editor = useEditor(
    {
      extensions,
      content: initialDoc(section) as JSONContent,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { 'data-testid': 'section-editor', spellcheck: 'false' },
        // Pictures of a paste (Word's clipboard folder, data: URLs, picture files) are stored first, then pasted.
        handleDOMEvents: {
          paste: (_view, event) => {
            const work = pictureWork(event)
            const ed = editorRef.current
            if (!work || !ed) return false
            event.preventDefault()
            const hide = message.loading(labels.current.pastingPictures, 0)
            void pasteWithPictures(ed, work).finally(hide)
            return true
          },
        },
        // Word and WPS put lists on the clipboard as styled paragraphs; read them back as lists (and headings, tables).
        transformPastedHTML: (html) => {
          const r = wordPasteHtml(html)
          const cells = liftCellPictures(r.html)
          const l = labels.current
          if (r.lists + r.headings + r.tables > 0) message.info(fmt(l.pastedWord, { ...r }))
          if (cells.lifted > 0) message.warning(fmt(l.pastedCellPictures, { n: cells.lifted }), 10)
          // Long enough to be read: the user has to bring those pictures in another way.
          const dropped = r.droppedImages + cells.unstored
          if (dropped > 0) message.warning(fmt(l.pastedImagesDropped, { n: dropped }), 10)
          return cells.html
        },
      },
      onUpdate: ({ editor: e }) => {
        pending.current = e.getJSON()
        if (timer.current) clearTimeout(timer.current)
        timer.current = setTimeout(flush, PUSH_MS)
      },
      onBlur: () => flush(),
    },
    [section.id],
  )
  editorRef.current = editor
  // A sync (or a restore) changed this section while it is open: shown at once unless the user has unsaved typing.
  useEffect(() => {
    const action = remoteDocAction(storedKey, {
      seen: seen.current,
      pushed: pushed.current,
      unsaved: pending.current !== null,
    })
    if (action === 'none' || action === 'keep-typing') return
    seen.current = storedKey
    if (action !== 'refresh' || !editor || editor.isDestroyed) return
    // The saved copy comes back parsed by the server: the same words in another key order are not a remote edit.
    const onScreen = SectionDocSchema.safeParse(editor.getJSON())
    const canon = (d: unknown) => JSON.stringify(SectionDocSchema.parse(d))
    if (onScreen.success && canon(onScreen.data) === canon(JSON.parse(storedKey))) return
    editor.commands.setContent(JSON.parse(storedKey) as JSONContent, { emitUpdate: false })
  }, [storedKey, editor])
  // Leaving the section (or the page) hands over what was typed last.
  useEffect(() => () => flush(), [section.id])

  return (
    <div className="bb-editor" data-testid="section-editor-wrap">
      <EditorToolbar
        editor={editor}
        requirements={requirements}
        extra={
          <>
            <SaveBlockButton
              editor={editor}
              bidId={bidId}
              sectionId={section.id}
              sectionTitle={section.title}
            />
            <PullBlockButton
              editor={editor}
              bidId={bidId}
              sectionId={section.id}
              sectionTitle={section.title}
            />
          </>
        }
      />
      <EditorContent editor={editor} />
    </div>
  )
}
