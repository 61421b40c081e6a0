import { existsSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { basicLibraryFiles } from './macro'

/**
 * A private LibreOffice user profile for one conversion: a user's own running LibreOffice (which would otherwise
 * receive the request and open a window) is never involved, two exports never share a profile, and the settings
 * are ours: formulas recalculated on load, no link updates, no macros from documents, and the Basic library that
 * holds the page-number macro. The profile is marked as already set up (ooSetupInstCompleted): otherwise the first
 * start copies LibreOffice's presets over it, replacing the Basic library with an empty one.
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`

/**
 * The Windows Chinese font names documents use, mapped to the CJK faces a Linux machine has, in the same class:
 * 宋体/仿宋/楷体 to a serif (明朝) face, 黑体/雅黑 to a sans (黑体) face. `accept` puts them AFTER the named
 * font, so where the real SimSun is installed it is still the one used.
 */
const SERIF = [
  'Noto Serif CJK SC',
  'Source Han Serif SC',
  'Source Han Serif CN',
  'AR PL UMing CN',
  'Noto Serif CJK',
]
const SANS = [
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'Source Han Sans CN',
  'WenQuanYi Zen Hei',
  'Droid Sans Fallback',
]
const SERIF_NAMES = [
  '宋体',
  'SimSun',
  '新宋体',
  'NSimSun',
  '仿宋',
  'FangSong',
  '仿宋_GB2312',
  'FangSong_GB2312',
  '楷体',
  'KaiTi',
  '楷体_GB2312',
  'KaiTi_GB2312',
  '华文宋体',
  'STSong',
  '华文仿宋',
  'STFangsong',
  '华文中宋',
  'STZhongsong',
  '方正小标宋简体',
]
const SANS_NAMES = [
  '黑体',
  'SimHei',
  '微软雅黑',
  'Microsoft YaHei',
  '华文黑体',
  'STHeiti',
  '等线',
  'DengXian',
]

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function fontAliases(): string {
  const alias = (names: string[], faces: string[]) =>
    names
      .map(
        (n) =>
          `  <alias binding="same"><family>${escapeXml(n)}</family><accept>${faces.map((f) => `<family>${f}</family>`).join('')}</accept></alias>`,
      )
      .join('\n')
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${alias(SERIF_NAMES, SERIF)}
${alias(SANS_NAMES, SANS)}
</fontconfig>
`
}

export interface Profile {
  dir: string
  /** -env:UserInstallation=… */
  installationArg: string
  /** Where the macro reads its job. */
  jobFile: string
  env: NodeJS.ProcessEnv
}

export async function makeProfile(dir: string, baseEnv: NodeJS.ProcessEnv = process.env): Promise<Profile> {
  const user = path.join(dir, 'user')
  const basic = path.join(user, 'basic')
  await fs.mkdir(path.join(basic, 'Standard'), { recursive: true })
  await fs.writeFile(path.join(user, 'registrymodifications.xcu'), REGISTRY)
  for (const [name, text] of Object.entries(basicLibraryFiles()))
    await fs.writeFile(path.join(basic, name), text)
  const env: NodeJS.ProcessEnv = { ...baseEnv, SAL_USE_VCLPLUGIN: 'svp' }
  // fontconfig only exists where /etc/fonts does (Linux, BSD); Windows and macOS resolve SimSun themselves.
  if (existsSync('/etc/fonts/fonts.conf')) {
    const conf = path.join(dir, 'fonts.conf')
    await fs.writeFile(conf, fontAliases())
    env.FONTCONFIG_FILE = conf
  }
  return {
    dir,
    installationArg: `-env:UserInstallation=${pathToFileURL(dir).href}`,
    jobFile: path.join(user, 'bidbench-job.txt'),
    env,
  }
}
