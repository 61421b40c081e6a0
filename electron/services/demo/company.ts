import type { CompanyProfile } from '@shared/schemas'

export const DEMO_COMPANY: CompanyProfile = {
  name: '杭州智联信息技术有限公司',
  creditCode: '91330106MA2B7K3X4N',
  legalRep: '陈志远',
  address: '浙江省杭州市西湖区文三路 478 号华星时代广场 A 座 12 层',
  phone: '0571-8888 6666',
  bank: '中国工商银行杭州文三路支行',
  bankAccount: '1202 0219 0920 0123 456',
  basicAccount: '1202 0219 0920 0123 456',
  sme: true,
  // Last year's figures (the 中小企业声明函 states them): 软件和信息技术服务业 → 小型 under 工信部联企业〔2011〕300号.
  employees: 86,
  revenueWan: 4260,
  assetsWan: 3180,
  nature: '有限责任公司',
  foundedDate: '2012-03-18',
  registeredCapital: '5000万元',
  postcode: '310012',
  fax: '0571-8888 6667',
  email: 'bid@zhilian-it.example.cn',
  legalRepGender: '男',
  legalRepBirthDate: '1975-06-18',
  legalRepTitle: '董事长',
  legalRepIdNumber: '330106197506184213',
  legalRepIdCard: [],
  agents: [{ name: '李明华', idNumber: '330106198805123417', phone: '138 5710 2233', idCard: [] }],
  intro:
    '杭州智联信息技术有限公司成立于 2012 年，专注于医疗信息化与企业 IT 运维服务，拥有 ISO9001、ISO27001、CMMI3 等资质，服务医院及大型国企客户 300 余家。',
}
