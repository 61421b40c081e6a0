import type { ModalFuncProps } from 'antd'
import type { RenewResult } from '@shared/contract/materials'
import type { Lang } from '@shared/i18n'
import { formatDate } from '@shared/i18n/dates'
import { fmt, labelsFor } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'

/** Tells what a renewal changed: which open bids now link the new material, and any to fix by hand. */
export function showRenewed(
  modal: { success(p: ModalFuncProps): unknown; warning(p: ModalFuncProps): unknown },
  r: RenewResult,
  onOk: () => void,
  lang: Lang,
): void {
  const L = labelsFor(LABELS, lang)
  const failed = r.failedBids.length > 0
  ;(failed ? modal.warning : modal.success)({
    title: fmt(L.renewed, { title: r.material.title, to: formatDate(r.material.validTo, lang) }),
    content: (
      <div data-testid="renew-result">
        {r.updatedBids.length ? (
          <>
            {fmt(L.updatedBids, { n: r.updatedBids.length })}
            <ul>
              {r.updatedBids.map((b) => (
                <li key={b.id}>{b.title}</li>
              ))}
            </ul>
          </>
        ) : (
          L.noOpenBids
        )}
        {failed && (
          <>
            {L.failedBids}
            <ul>
              {r.failedBids.map((b) => (
                <li key={b.id}>
                  {b.title}
                  {L.colon}
                  {lang === 'zh' ? b.zh : b.en}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    ),
    onOk,
  })
}
