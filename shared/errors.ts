/**
 * Every error that crosses the API boundary has a code and a message in Chinese and English.
 * The code is stable (tests and the UI branch on it); the messages are for people.
 */
export const ERROR_CODES = {
  VALIDATION: { zh: '输入不合法', en: 'Invalid input' },
  UNKNOWN_METHOD: { zh: '未知的接口方法', en: 'Unknown API method' },
  NOT_FOUND: { zh: '找不到该文档', en: 'Document not found' },
  CONFLICT: {
    zh: '文档已被其他操作修改，请刷新后重试',
    en: 'The document was changed elsewhere; reload and retry',
  },
  NO_WORKSPACE: { zh: '尚未打开工作区', en: 'No workspace is open' },
  WORKSPACE_NOT_FOUND: { zh: '该文件夹不是 BidBench 工作区', en: 'The folder is not a BidBench workspace' },
  WORKSPACE_EXISTS: {
    zh: '该文件夹已存在工作区或不为空',
    en: 'The folder already holds a workspace or is not empty',
  },
  LOCKED: { zh: '工作区正被另一个进程使用', en: 'The workspace is in use by another process' },
  READ_ONLY: { zh: '工作区以只读方式打开，无法保存', en: 'The workspace is open read-only; cannot save' },
  NEWER_SCHEMA: {
    zh: '文件由更新版本的 BidBench 创建，本版本无法打开',
    en: 'The file was written by a newer BidBench and cannot be opened',
  },
  CORRUPT: { zh: '文件已损坏且没有可恢复的版本', en: 'The file is corrupt and no good version is available' },
  DISK_FULL: {
    zh: '磁盘空间不足，保存失败，原文件未改动',
    en: 'Disk full; the save failed and the previous version is intact',
  },
  PERMISSION: {
    zh: '没有写入权限，保存失败，原文件未改动',
    en: 'Permission denied; the save failed and the previous version is intact',
  },
  IO: { zh: '读写文件失败', en: 'File read/write failed' },
  UNSAFE_FILE: {
    zh: '已拒绝：工作区内的该项不是普通文件（符号链接或特殊文件）',
    en: 'Refused: this entry of the workspace is not a regular file (a symbolic link or special file)',
  },
  RECOVERY_FAILED: {
    zh: '修复损坏的文件失败，工作区未作任何改动',
    en: 'Repairing a damaged file failed; the workspace was left exactly as it was',
  },
  UNAUTHORIZED: { zh: '缺少或错误的访问令牌', en: 'Missing or wrong access token' },
  FORBIDDEN: { zh: '拒绝来自外部来源的请求', en: 'Request from a foreign origin refused' },
  PAYLOAD_TOO_LARGE: { zh: '请求内容过大', en: 'Request body too large' },
  IMPORT_REJECTED: { zh: '导入的文件不安全或无法识别', en: 'The imported file is unsafe or not recognised' },
  SHEET_NOT_FOUND: { zh: '找不到工作表', en: 'No such sheet' },
  BAD_AMOUNT: { zh: '金额不合法', en: 'Invalid amount' },
  CANCELLED: { zh: '操作已取消', en: 'Operation cancelled' },
  VETO_FINDINGS: {
    zh: '检查发现否决风险，请返回修改或确认仍然导出',
    en: 'The checks found risks that would get the bid rejected; go back and fix them or confirm export anyway',
  },
  SYNC_AUTH: {
    zh: '同步服务器要求登录，用户名或密码不正确或未提供',
    en: 'The sync server needs a login; the user name or password is wrong or missing',
  },
  SYNC_CONFLICTS: {
    zh: '该文档还有未决定的同步冲突，请先逐项选择保留哪一方',
    en: 'The document has undecided sync conflicts; choose a side for each first',
  },
  SYNC_REMOTE: { zh: '无法使用同步远程仓库', en: 'The sync remote cannot be used' },
  SYNC_NOT_SET_UP: {
    zh: '此工作区尚未设置同步（没有版本记录）',
    en: 'Sync is not set up for this workspace (no version history)',
  },
  EXPORT_MALFORMED: {
    zh: '导出的文件结构不合法，未生成文件',
    en: 'The exported file would be malformed; no file was written',
  },
  LIBREOFFICE_MISSING: {
    zh: '未安装 LibreOffice，无法生成 PDF（请安装 LibreOffice 后重试，或导出 Word 后自行转换）',
    en: 'LibreOffice is not installed, so no PDF can be made (install LibreOffice, or export Word and convert it yourself)',
  },
  LIBREOFFICE_FAILED: {
    zh: 'LibreOffice 转换失败，未生成文件',
    en: 'LibreOffice conversion failed; no file was written',
  },
  CALENDAR_UNCOVERED: {
    zh: '工作日历不包含所需年份，未计算期限',
    en: 'The working-day calendar does not cover a year this needs; no deadline was computed',
  },
  INTERNAL: { zh: '内部错误', en: 'Internal error' },
} as const

export type ErrorCode = keyof typeof ERROR_CODES

export interface ApiErrorShape {
  code: ErrorCode
  message: { zh: string; en: string }
  /** Where the problem is (e.g. a zod path), for the UI to point at. */
  details?: unknown
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly zh: string
  readonly en: string
  readonly details?: unknown

  constructor(code: ErrorCode, detail?: { zh?: string; en?: string }, details?: unknown) {
    const base = ERROR_CODES[code]
    const zh = detail?.zh ? `${base.zh}：${detail.zh}` : base.zh
    const en = detail?.en ? `${base.en}: ${detail.en}` : base.en
    super(en)
    this.name = 'AppError'
    this.code = code
    this.zh = zh
    this.en = en
    this.details = details
  }

  toJSON(): ApiErrorShape {
    return { code: this.code, message: { zh: this.zh, en: this.en }, details: this.details }
  }

  /**
   * An error whose message is the whole sentence: it already names the problem, so the code's lead-in
   * ("找不到工作表：找不到工作表…") would only repeat it, or say something wrong ("文件不安全").
   */
  static whole(code: ErrorCode, message: { zh: string; en: string }, details?: unknown): AppError {
    return Object.assign(new AppError(code, undefined, details), { ...message, message: message.en })
  }

  /** The error again from its wire shape (e.g. after it crossed from a worker thread), messages as they were. */
  static fromJSON(shape: ApiErrorShape): AppError {
    const code = shape.code in ERROR_CODES ? shape.code : 'INTERNAL'
    return AppError.whole(code, { zh: shape.message.zh, en: shape.message.en }, shape.details)
  }
}

/**
 * A sheet named by the user (--sheet, the sheet field) that the workbook does not have, with the ones it has.
 * The file itself is fine: no "unsafe or not recognised" lead-in.
 */
export function sheetNotFound(sheet: string, sheets: readonly string[]): AppError {
  return AppError.whole(
    'SHEET_NOT_FOUND',
    {
      zh: `找不到工作表“${sheet}”（有：${sheets.join('、')}）`,
      en: `No sheet named "${sheet}" (sheets: ${sheets.join(', ')})`,
    },
    { sheet, sheets },
  )
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}

/** Maps any thrown value to the wire shape; unknown errors become INTERNAL without leaking stacks. */
export function toApiError(e: unknown): ApiErrorShape {
  if (isAppError(e)) return e.toJSON()
  const msg = e instanceof Error ? e.message : String(e)
  return {
    code: 'INTERNAL',
    message: { zh: `${ERROR_CODES.INTERNAL.zh}：${msg}`, en: `${ERROR_CODES.INTERNAL.en}: ${msg}` },
  }
}
