import { defineLabels } from '@renderer/app/label-pairs'

/** The company profile page: what every form of every bid states about us. */
export const L = defineLabels({
  title: ['公司信息', 'Company profile'],
  save: ['保存', 'Save'],
  saved: ['已保存', 'Saved'],
  workspaceName: ['工作区名称', 'Workspace name'],
  name: ['公司名称', 'Company name'],
  creditCode: ['统一社会信用代码', 'Unified social credit code'],
  legalRep: ['法定代表人', 'Legal representative'],
  address: ['地址', 'Address'],
  phone: ['电话', 'Phone'],
  bank: ['开户银行', 'Bank'],
  bankAccount: ['银行账号', 'Bank account no.'],
  basicAccount: ['基本存款账户（开户行及账号）', 'Basic deposit account (bank and no.)'],
  sme: ['小微企业', 'Small or micro enterprise'],
  intro: ['公司简介', 'Company introduction'],
})
