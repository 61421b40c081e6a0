import { describe, expect, it } from 'vitest'
import { bareFormTitle, isFormTitleOf, matchFormsToSections } from './attach'

const sections = [
  { id: 's1', title: '投标函', formKey: '投标函' },
  { id: 's2', title: '法定代表人身份证明', formKey: '法定代表人身份证明' },
  { id: 's3', title: '授权委托书', formKey: '授权委托书' },
  { id: 's4', title: '开标一览表', formKey: '开标一览表' },
  { id: 's5', title: '服务承诺书', formKey: null },
]

describe('buyer forms → bid sections', () => {
  it('strips numbering, spaces and a trailing remark from a form title', () => {
    expect(bareFormTitle('二、开标一览表（格式）')).toBe('开标一览表')
    expect(bareFormTitle('格式3 法定代表人授权书')).toBe('法定代表人授权书')
    expect(bareFormTitle('附件1：投 标 函')).toBe('投标函')
    expect(bareFormTitle('（四）服务承诺书')).toBe('服务承诺书')
  })

  it('matches exact titles first, then the standard form both names stand for; each section once', () => {
    const m = matchFormsToSections(
      ['磋商响应函', '一、投标函', '报价一览表', '格式3 法定代表人授权书', '投标人基本情况表', '服务承诺书'],
      sections,
    )
    expect(m.map((x) => x.sectionId)).toEqual([null, 's1', 's4', 's3', null, 's5'])
    expect(m.map((x) => x.by)).toEqual([null, 'title', 'form', 'form', null, 'title'])
  })

  it('a form whose first line is the section title gives its title line to the heading', () => {
    expect(isFormTitleOf('一、投标函', '投标函')).toBe(true)
    expect(isFormTitleOf('磋商响应函', '投标函')).toBe(true)
    expect(isFormTitleOf('致：江南市大数据发展中心', '投标函')).toBe(false)
    expect(isFormTitleOf('投标人名称：____', '开标一览表')).toBe(false)
  })
})
