import { describe, expect, it } from 'vitest'
import { formBody } from '@services/export/docx/form-body'

/**
 * A buyer's form body made ready for the 投标文件: styles, theme fonts and list numbers written as direct
 * formatting in schema order, package references taken out, the chapter cut into its forms at page/section breaks.
 */
const doc = (body: string) =>
  `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="x"><w:body>${body}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>`

const styles = `<w:styles xmlns:w="x">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="a1"><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="a3"><w:basedOn w:val="a1"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblStylePr w:type="firstRow"><w:tblPr><w:tblBorders><w:top w:val="double"/></w:tblBorders></w:tblPr></w:tblStylePr></w:style>
</w:styles>`
const theme =
  '<a:theme><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:font script="Hans" typeface="宋体"/></a:minorFont></a:theme>'
const numbering = `<w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

const para = (text: string, pPr = '', rPr = '') =>
  `<w:p w:rsidR="00AB12CD" w14:paraId="1A2B3C4D"><w:pPr>${pPr}</w:pPr><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t>${text}</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`

describe('formBody', () => {
  const body = formBody({
    document: doc(
      para('第六章 投标文件格式', '<w:pStyle w:val="1"/>') +
        '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' +
        para('投标函', '<w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>') +
        para('投标人名称：华信', '', '<w:u w:val="single"/><w:b/>') +
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="y"><a:blip xmlns:a="z" r:embed="rId5" xmlns:r="q"/></wp:inline></w:drawing></w:r><w:ins w:id="1"><w:r><w:t>已接受</w:t></w:r></w:ins><w:del w:id="2"><w:r><w:delText>删掉</w:delText></w:r></w:del></w:p>' +
        '<w:p><w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr><w:r><w:t>第二页</w:t></w:r></w:p>' +
        para(
          '开标一览表',
          '<w:pStyle w:val="1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>',
        ) +
        '<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>' +
        '<w:p><w:r><w:br w:type="page"/><w:t>授权委托书</w:t></w:r></w:p>',
    ),
    styles,
    numbering,
    theme,
  })

  it('cuts the chapter into its forms at page and section breaks', () => {
    expect(body.forms.map((f) => f.title)).toEqual([
      '第六章 投标文件格式',
      '一、投标函',
      '二、开标一览表',
      '授权委托书',
    ])
    expect(body.forms[1].paragraphs).toEqual(['一、投标函', '投标人名称：华信', '已接受', '第二页'])
    expect(body.droppedPictures).toBe(1)
  })

  it('writes styles, defaults and theme fonts as direct formatting, in schema order, without outline levels', () => {
    const xml = body.forms[1].blocks.join('')
    expect(xml).not.toMatch(/pStyle|outlineLvl|numPr|bookmark|rsid|w14:|w:drawing|删掉|w:ins|sectPr/)
    // Heading 1 of the buyer: centred, bold 16 pt, the defaults' spacing and size under it.
    expect(body.forms[1].blocks[0]).toContain(
      '<w:pPr><w:spacing w:before="0" w:after="160" w:line="259" w:lineRule="auto"/><w:jc w:val="center"/>',
    )
    expect(body.forms[1].blocks[0]).toContain(
      '<w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="宋体"/><w:b/><w:sz w:val="32"/></w:rPr>',
    )
    // Direct run properties keep their place in the order: b before sz before u.
    expect(body.forms[1].blocks[1]).toContain(
      '<w:rPr><w:rFonts w:ascii="Calibri" w:eastAsia="宋体"/><w:b/><w:sz w:val="21"/><w:u w:val="single"/></w:rPr>',
    )
  })

  it('tables take their style borders and the default cell margins, not the conditional parts', () => {
    const tbl = body.forms[2].blocks.find((b) => b.startsWith('<w:tbl'))!
    expect(tbl).toContain(
      '<w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    )
    expect(tbl).not.toContain('double')
  })
})

describe('formBody pictures', () => {
  const IMG = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'
  const CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart'
  const rels =
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId5" Type="${IMG}" Target="media/image1.png"/>` +
    `<Relationship Id="rId6" Type="${CHART}" Target="charts/chart1.xml"/></Relationships>`
  const picture = (rid: string, uri = 'pic') =>
    `<w:p><w:r><w:drawing><wp:inline><wp:docPr id="7" name="p"/><a:graphic><a:graphicData uri="${uri}"><a:blip r:embed="${rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  const chart = `<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData uri="c"><c:chart r:id="rId6"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
  const body = formBody({
    document: doc(`${para('投标函')}${picture('rId5')}${chart}${picture('rId9')}`).replace(
      '<w:document ',
      '<w:document xmlns:a="urn:a" xmlns:wp="urn:wp" xmlns:c="urn:c" ',
    ),
    styles: null,
    numbering: null,
    theme: null,
    rels,
    prefix: 'bf2',
  })

  it('carries an image with its relationship renamed and the root namespaces it uses declared on it', () => {
    const xml = body.forms[0].blocks.join('')
    expect(xml).toContain('r:embed="bf2rId5"')
    const open = /<w:drawing[^>]*>/.exec(xml)![0]
    expect(open).toContain('xmlns:wp="urn:wp"')
    expect(open).toContain('xmlns:a="urn:a"')
    expect(open).not.toContain('xmlns:c=')
    expect(body.rels).toEqual([
      {
        id: 'bf2rId5',
        type: IMG,
        target: 'media/bf2_image1.png',
        external: false,
        source: 'word/media/image1.png',
      },
    ])
  })

  it('leaves out a chart and a picture whose relationship is missing, and counts them', () => {
    const xml = body.forms[0].blocks.join('')
    expect(xml).not.toContain('c:chart')
    expect(xml).not.toContain('rId9')
    expect(body.droppedPictures).toBe(2)
  })
})
