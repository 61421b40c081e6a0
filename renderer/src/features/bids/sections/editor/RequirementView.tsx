import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'

/** The passage, headed by the requirement it answers. */
export function RequirementView({ node, extension }: ReactNodeViewProps) {
  const id = String(node.attrs.requirementId ?? '')
  const label = (extension.options as { label: (id: string) => string }).label(id)
  return (
    <NodeViewWrapper className="bb-req" data-requirement-id={id} data-testid="section-requirement">
      <div className="bb-req-label" contentEditable={false}>
        {label}
      </div>
      <NodeViewContent />
    </NodeViewWrapper>
  )
}
