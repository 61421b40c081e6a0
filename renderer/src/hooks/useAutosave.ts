import { message } from 'antd'
import { useEffect, useMemo, useRef } from 'react'
import { errorMessage } from '../api/error-text'
import { useI18n } from '../app/i18n'
import { createAutosaver, type Autosaver, type AutosaveTarget } from './autosave'

/**
 * The autosave loop (autosave.ts) of one editor, attached to the page while the editor is mounted; a new key (another
 * document in the same editor) starts a new loop, the old one saving what it had pending.
 */
export function useAutosave<V>(target: Omit<AutosaveTarget<V>, 'notify'>): Autosaver {
  const { t, pick } = useI18n()
  const latest = useRef<AutosaveTarget<V> | null>(null)
  latest.current = {
    ...target,
    notify: (what, e) =>
      what === 'conflict'
        ? void message.warning(t('conflict.reload'))
        : void message.error(pick(errorMessage(e))),
  }
  const { key } = target
  // eslint-disable-next-line react-hooks/exhaustive-deps -- one loop per editor key; the target is read through the ref
  const saver = useMemo(() => createAutosaver(() => latest.current!), [key])
  useEffect(() => saver.attach(), [saver])
  return saver
}
