/** Which tab holds a field path, so a finding can open the right one. */
export function tabOf(path: string): string {
  const head = path.split('.')[0]
  if (head === 'requirements') return 'requirements'
  if (['consortium', 'lots', 'sme', 'keyStaff', 'signatory', 'tax'].includes(head)) return 'parties'
  if (head === 'sections' || head === 'mandatedOrder') return 'sections'
  if (
    ['requiredMaterials', 'materialIds', 'manufacturerAuthMaterialId', 'manufacturerAuthRequired'].includes(
      head,
    )
  )
    return 'materials'
  if (head === 'quote' || head === 'termsOffered' || head === 'termsRequired') return 'quote'
  if (head === 'people') return 'people'
  if (['clarifications', 'risks', 'manualChecklist'].includes(head)) return 'log'
  if (['dates', 'bond', 'copies', 'forecast'].includes(head)) return 'dates'
  if (head === 'result' || head === 'notes') return 'result'
  return 'basic'
}

/** The row index of a requirements path ('requirements.12.status' → 12), or null. */
export function requirementIndex(path: string): number | null {
  const m = /^requirements\.(\d+)(?:\.|$)/.exec(path)
  return m ? Number(m[1]) : null
}
