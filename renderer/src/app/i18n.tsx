import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { translate, type Lang, type MessageKey } from '@shared/i18n'

const LANG_KEY = 'bidbench.lang'

interface I18n {
  lang: Lang
  setLang(l: Lang): void
  t(key: MessageKey, vars?: Record<string, string | number>): string
  /** Picks the language's half of a {zh, en} pair, as API errors and domain messages carry. */
  pick(m: { zh: string; en: string }): string
}

const Ctx = createContext<I18n | null>(null)

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'))
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(LANG_KEY, l)
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en'
    setLangState(l)
  }, [])
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (k, v) => translate(lang, k, v), pick: (m) => (lang === 'zh' ? m.zh : m.en) }),
    [lang, setLang],
  )
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useI18n(): I18n {
  const v = useContext(Ctx)
  if (!v) throw new Error('useI18n outside I18nProvider')
  return v
}
