import type { Attachment } from '@shared/schemas'
import type { MaterialEntry } from './blocks'
import type { ExpandContext } from './expand'

/** The scans kept outside the materials library: the bond proof and the ID cards of who signs. */
export function scanEntries(
  from: 'legalRepIdCard' | 'agentIdCard' | 'bondProof',
  ctx: ExpandContext,
  agentIndex: number,
) {
  if (from === 'bondProof') {
    const form = ctx.bid.bond.paidForm
    const title =
      form === '保函' ? '投标保函复印件' : form === '保险' ? '投标保证保险保单复印件' : '投标保证金转账凭证'
    return [
      {
        caption: title,
        title,
        materialId: null,
        ref: 'bond.proof',
        attachments: ctx.bid.bond.proof,
      } satisfies MaterialEntry,
    ]
  }
  const person =
    from === 'legalRepIdCard'
      ? {
          name: ctx.company.legalRep,
          role: '法定代表人',
          scans: ctx.company.legalRepIdCard,
          ref: 'company.legalRepIdCard',
        }
      : {
          name: ctx.company.agents[agentIndex]?.name ?? '',
          role: '授权代表',
          scans: ctx.company.agents[agentIndex]?.idCard ?? ([] as Attachment[]),
          ref: `company.agents.${agentIndex}.idCard`,
        }
  const title = `${person.role}${person.name ? ` ${person.name} ` : ''}身份证复印件（正、反面）`
  return [
    {
      caption: title,
      title,
      materialId: null,
      ref: person.ref,
      attachments: person.scans,
      fit: 'card',
    } satisfies MaterialEntry,
  ]
}
