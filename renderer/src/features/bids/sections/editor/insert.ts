import type { Editor, JSONContent } from '@tiptap/react'

/**
 * Inserts blocks at the cursor. Blocks a cell cannot hold (pictures, page breaks, a saved passage with headings) go
 * after the table the cursor is in, never split it.
 */
export function insertOutsideTable(editor: Editor, content: JSONContent | JSONContent[]): boolean {
  const chain = () => editor.chain().focus()
  const { $from } = editor.state.selection
  for (let d = $from.depth; d > 0; d--)
    if ($from.node(d).type.name === 'table') return chain().insertContentAt($from.after(d), content).run()
  return chain().insertContent(content).run()
}
