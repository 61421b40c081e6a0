import { halfWidth } from './normalise'

/** Names of people and companies, and ID card numbers, as the standard forms write them. */

/**
 * What follows a name in the forms: the next label ("王海东性别：男"), a role ("李明为我方代理人",
 * "王海东系…"), a courtesy ("李明同志"), a marker ("（签字）"). A stop counts from the second character on,
 * so names that contain one of these characters (王为民, 陈现, 李任) are kept whole.
 */
const NAME_STOPS = [
  '性别',
  '年龄',
  '职务',
  '职称',
  '身份',
  '电话',
  '手机',
  '联系',
  '地址',
  '住址',
  '同志',
  '先生',
  '女士',
  '签字',
  '签名',
  '签章',
  '盖章',
  '代表',
  '作为',
  '担任',
  '现任',
  '负责',
  '出生',
  '民族',
  '委托',
  '授权',
  '系',
  '为',
  '是',
  '的',
  '现',
  '任',
  '男',
  '女',
]
const NAME_CHARS = /^[\u4e00-\u9fff·•]+/u

/** Words that stand where a name is expected but are not one. */
const NOT_NAMES = [
  // Posts written where a form asks for them ("职务：董事长" just before "系…的法定代表人").
  '董事长',
  '董事',
  '总经理',
  '副总经理',
  '经理',
  '执行董事',
  '监事',
  '总裁',
  '厂长',
  '院长',
  '主任',
  '局长',
  '校长',
  '负责人',
  '法定代表',
  '授权代表',
  '委托代理',
  '被授权',
  '代理人',
  '本人',
  '我方',
  '我公司',
  '本公司',
  '投标人',
  '供应商',
  '姓名',
  '签字',
  '盖章',
  '见附件',
  '附后',
  '同上',
  '待定',
  '委托人',
  '受托人',
  '项目经理',
  '项目',
  '单位',
  '高级',
  '中级',
  '初级',
  '注册',
  '应当',
  '应具',
  '应有',
  '应持',
  '应为',
  '公司',
  '全部',
  '全面',
  '全程',
  '国家',
  '明确',
  '时间',
  '文件',
  '平台',
  '管理',
  '安全',
  '相关',
  '能够',
  '经验',
  '信息',
  '海量',
  '和其',
]

// The common surnames (单姓 and 复姓): a value after "项目经理：" that does not start with one is a
// description ("具有一级建造师资格"), not a name.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢' +
  '姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康' +
  '施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷' +
  '盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏' +
  '席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀' +
  '郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣' +
  '晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎' +
  '勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由操竺保邓'
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '轩辕',
  '钟离',
  '宗政',
  '澹台',
  '申屠',
  '完颜',
]

function hasSurname(s: string): boolean {
  return SURNAMES.includes(s[0]) || COMPOUND_SURNAMES.some((c) => s.startsWith(c))
}

/**
 * The person's name at the start of `text` (after optional spaces and an opening bracket), or null.
 * Two to four characters, or up to eight with a middle dot (少数民族 names).
 */
export function nameAt(text: string): string | null {
  const t = halfWidth(text).replace(/^[\s"“”'「『(]+/u, '')
  const m = NAME_CHARS.exec(t)
  if (!m) return null
  let s = m[0].slice(0, 9)
  let cut = s.length
  for (const stop of NAME_STOPS) {
    const i = s.indexOf(stop, 2)
    if (i >= 2 && i < cut) cut = i
  }
  s = s.slice(0, cut)
  const dotted = /[·•]/u.test(s)
  if (s.length < 2 || s.length > (dotted ? 8 : 4)) return null
  if (NOT_NAMES.some((w) => s.startsWith(w))) return null
  // Names of 少数民族 written with a middle dot follow no surname list.
  if (!dotted && !hasSurname(s)) return null
  return s.replace(/•/gu, '·')
}

const ID_RE = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/gu
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

export function validIdNumber(id: string): boolean {
  const s = id.toUpperCase()
  if (/^\d{15}$/u.test(s)) return true
  if (!/^\d{17}[\dX]$/u.test(s)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11] === s[17]
}

export interface IdMention {
  id: string
  index: number
  valid: boolean
}

/** 居民身份证号码 in a text (18 digits with its check character, or the old 15). */
export function idNumbersIn(text: string): IdMention[] {
  const t = halfWidth(text)
  const out: IdMention[] = []
  ID_RE.lastIndex = 0
  for (let m = ID_RE.exec(t); m; m = ID_RE.exec(t)) {
    // A 统一社会信用代码 or bank account is not an ID number: only count one named as such or standing alone.
    const before = t.slice(Math.max(0, m.index - 16), m.index)
    if (/(?:信用代码|账号|帐号|账户|电话|手机|编号)\s*[:]?\s*$/u.test(before)) continue
    out.push({ id: m[1].toUpperCase(), index: m.index, valid: validIdNumber(m[1]) })
  }
  return out
}

const ORG_SUFFIX =
  '(?:有限责任公司|股份有限公司|有限公司|集团公司|分公司|公司|研究院|研究所|设计院|事务所|银行|分行|支行|中心|学院|大学|医院|集团|厂|局|院|站|所|社|委员会|管理处|办公室)'
const ORG_RE = new RegExp(`^[\\u4e00-\\u9fffA-Za-z0-9()·&]{2,60}${ORG_SUFFIX}`, 'u')

/**
 * A company name at the start of `segment` (the caller bounds it: a label's value up to the line end, or
 * the words between 系 and 的法定代表人). Spaces and line breaks inside are dropped; the name runs to its
 * last legal-form suffix ("…研究院有限公司", not "…研究院").
 */
export function orgAt(segment: string): string | null {
  const t = halfWidth(segment)
    .replace(/\s+/gu, '')
    .replace(/^["“”'「『]+/u, '')
    .replace(/^(?:我|本)(?:单位|公司|方)(?:即|为|:)?/u, '')
  const m = ORG_RE.exec(t)
  if (!m) return null
  // A bracket after the last suffix is a marker ("(盖章)", "(牵头人)"), never part of the name.
  const s = m[0]
  return s.length >= 4 ? s : null
}

/** The value of a label up to the end of its line or the next field ("  地址：…"). */
export function labelValue(text: string, from: number, max = 90): string {
  const rest = text.slice(from, from + max)
  const m = /^[^\n;。:|]*/u.exec(rest)!
  // Two spaces or a space before another label end the value: "华信数科技术有限公司 法定代表人：…"
  return m[0].replace(/(?:\s{2,}|\s(?=[\u4e00-\u9fff]{2,8}\s*$)).*$/u, '')
}
