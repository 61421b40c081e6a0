import { Extension, Node, mergeAttributes, ReactNodeViewRenderer, type Extensions } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import Image from '@tiptap/extension-image'
import { LIST_MARKERS, type ListMarker } from '@shared/schemas'
import { ImageView } from './ImageView'
import { RequirementView } from './RequirementView'

/**
 * The editor's schema is the section document's (shared/schemas/section-doc.ts): only what a 投标文件 prints.
 * Anything else pasted in (links, quotes, code blocks, pictures not stored in the workspace) is not in the schema,
 * so ProseMirror keeps its text and drops the rest.
 */
const CELL_CONTENT = '(paragraph | bulletList | orderedList)+'

/** Headings carry their own typed number (migrated text, Word chapters) when `numbered` is false. */
const HeadingNumbering = Extension.create({
  name: 'headingNumbering',
  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          numbered: {
            default: true,
            parseHTML: (el) => el.getAttribute('data-numbered') !== 'false',
            renderHTML: (a) => (a.numbered === false ? { 'data-numbered': 'false' } : {}),
          },
        },
      },
    ]
  },
})

/** A list keeps the marker style it was pasted with (（1）, 一、, ①, ■ …); section-editor.css draws it. */
const ListMarkers = Extension.create({
  name: 'listMarkers',
  addGlobalAttributes() {
    return [
      {
        types: ['orderedList', 'bulletList'],
        attributes: {
          marker: {
            default: null,
            parseHTML: (el) => {
              const m = el.getAttribute('data-marker') as ListMarker | null
              return m && LIST_MARKERS.includes(m) ? m : null
            },
            renderHTML: (a) => (a.marker ? { 'data-marker': a.marker } : {}),
          },
        },
      },
    ]
  },
})

export const PageBreak = Node.create({
  name: 'pageBreak',
  group: 'block',
  atom: true,
  selectable: true,
  parseHTML: () => [{ tag: 'div[data-page-break]' }],
  renderHTML: () => ['div', { 'data-page-break': '', class: 'bb-page-break' }],
  addCommands() {
    return {
      setPageBreak:
        () =>
        ({ commands }) =>
          commands.insertContent({ type: this.name }),
    }
  },
})

/** A passage answering one tender requirement (traceability from the requirement to the words). */
export const RequirementResponse = Node.create<{ label: (id: string) => string }>({
  name: 'requirementResponse',
  group: 'block',
  content: CELL_CONTENT,
  defining: true,
  addOptions: () => ({ label: (id: string) => id }),
  addAttributes: () => ({
    requirementId: {
      default: '',
      parseHTML: (el) => el.getAttribute('data-requirement-id') ?? '',
      renderHTML: (a) => ({ 'data-requirement-id': a.requirementId }),
    },
  }),
  parseHTML: () => [{ tag: 'div[data-requirement-id]' }],
  renderHTML: ({ HTMLAttributes }) => ['div', mergeAttributes(HTMLAttributes, { class: 'bb-req' }), 0],
  addNodeView: () => ReactNodeViewRenderer(RequirementView),
})

/** A picture stored once in the workspace (files/<sha256>); shown through the files API. */
export const SectionImage = Image.extend({
  addAttributes() {
    const attr = (name: string, fallback: unknown, parse?: (v: string) => unknown) => ({
      default: fallback,
      parseHTML: (el: HTMLElement) => {
        const v = el.getAttribute(`data-${name}`)
        return v === null ? fallback : parse ? parse(v) : v
      },
      renderHTML: (a: Record<string, unknown>) => ({ [`data-${name}`]: a[name] }),
    })
    return {
      ...this.parent?.(),
      sha256: attr('sha256', null),
      name: attr('name', 'image'),
      mime: attr('mime', 'application/octet-stream'),
      size: attr('size', 0, Number),
    }
  },
  // Only pictures already stored in the workspace: a pasted <img> from elsewhere has no hash to print from.
  parseHTML: () => [{ tag: 'img[data-sha256]' }],
  addNodeView: () => ReactNodeViewRenderer(ImageView),
}).configure({ inline: false, allowBase64: false })

declare module '@tiptap/react' {
  interface Commands<ReturnType> {
    pageBreak: { setPageBreak: () => ReturnType }
  }
}

export function sectionExtensions(requirementLabel: (id: string) => string): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      blockquote: false,
      codeBlock: false,
      horizontalRule: false,
      link: false,
    }),
    HeadingNumbering,
    ListMarkers,
    Table.configure({ resizable: false }),
    TableRow,
    TableHeader.extend({ content: CELL_CONTENT }),
    TableCell.extend({ content: CELL_CONTENT }),
    SectionImage,
    PageBreak,
    RequirementResponse.configure({ label: requirementLabel }),
  ]
}
