import { en } from './en'
import { zh } from './zh'

export type Lang = 'zh' | 'en'
export type MessageKey = keyof typeof zh

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en }

/** Looks a message up and fills {name} slots; a missing key shows itself rather than an empty string. */
export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  let s = MESSAGES[lang][key] ?? MESSAGES.zh[key] ?? key
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v))
  return s
}
