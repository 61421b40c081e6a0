/** The UI font stack: antd's token and every chart use it, so Chinese renders in the same face everywhere. */
export const UI_FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif'
