/**
 * The LibreOffice Basic macro that turns a .docx into a PDF with true page numbers, in ONE LibreOffice start and
 * ONE layout (a second conversion would double the time of a 500-page bid):
 *   1. load the document hidden, lay it out to the last page;
 *   2. read the page of every bookmark a contents entry links to (the TOC is a LibreOffice index whose paragraphs
 *      carry the hyperlink to their heading's bookmark) and write it after the entry's tab; refresh the page
 *      reference fields (PAGEREF of the 评分索引表 and the like);
 *   3. lay out again and read the pages again: when a number written moved a heading (a longer number wrapping a
 *      line), write again; at most four rounds;
 *   4. export the PDF with every bookmark as a named destination (so the result can be checked from the PDF);
 *   5. report each contents entry and reference with the page it shows, and whether the numbers were stable.
 * The job (input, output, result file URLs) is read from bidbench-job.txt in the profile's user folder, so no path
 * has to survive LibreOffice's macro-URL argument parsing. Any Basic error is written to the result file.
 */
const BASIC = String.raw`
Function ReadJob(sUrl As String)
  Dim a(2) As String
  oSFA = CreateUnoService("com.sun.star.ucb.SimpleFileAccess")
  oIn = CreateUnoService("com.sun.star.io.TextInputStream")
  oIn.setInputStream(oSFA.openFileRead(sUrl))
  oIn.setEncoding("UTF-8")
  For i = 0 To 2
    REM readLine keeps the line end of the last line: URLs never contain CR or LF, so both are dropped.
    If Not oIn.isEOF() Then a(i) = Replace(Replace(oIn.readLine(), Chr(13), ""), Chr(10), "")
  Next
  oIn.closeInput()
  ReadJob = a
End Function

Sub WriteResult(sUrl As String, s As String)
  oSFA = CreateUnoService("com.sun.star.ucb.SimpleFileAccess")
  If oSFA.exists(sUrl) Then oSFA.kill(sUrl)
  oOut = CreateUnoService("com.sun.star.io.TextOutputStream")
  oOut.setOutputStream(oSFA.openFileWrite(sUrl))
  oOut.setEncoding("UTF-8")
  oOut.writeString(s)
  oOut.closeOutput()
End Sub

Function LinkTarget(oPar) As String
  LinkTarget = ""
  oPortions = oPar.createEnumeration()
  Do While oPortions.hasMoreElements()
    oP = oPortions.nextElement()
    sUrl = oP.HyperLinkURL
    If Left(sUrl, 1) = "#" Then
      LinkTarget = Mid(sUrl, 2)
      Exit Function
    End If
  Loop
End Function

Function PageOf(oDoc, oVC, sName As String) As Long
  PageOf = 0
  oBM = oDoc.getBookmarks()
  If oBM.hasByName(sName) Then
    oVC.gotoRange(oBM.getByName(sName).getAnchor(), False)
    PageOf = oVC.getPage()
  End If
End Function

REM Replaces what follows the last tab of a contents paragraph by sPage; True when that changed anything.
Function SetTrailing(oPar, sPage As String) As Boolean
  SetTrailing = False
  s = oPar.getString()
  iTab = 0
  i = InStr(1, s, Chr(9))
  Do While i > 0
    iTab = i
    i = InStr(iTab + 1, s, Chr(9))
  Loop
  If iTab = 0 Then Exit Function
  sOld = Mid(s, iTab + 1)
  If sOld = sPage Then Exit Function
  oCur = oPar.getText().createTextCursorByRange(oPar.getEnd())
  If Len(sOld) > 0 Then oCur.goLeft(Len(sOld), True)
  oCur.setString(sPage)
  SetTrailing = True
End Function

Sub Main
  Dim oDoc As Object
  Dim sResult As String
  Dim tocPar(0) As Object
  Dim tocName(0) As String
  Dim tocPage(0) As Long
  Dim refField(0) As Object
  Dim refShown(0) As String
  On Error GoTo Failed
  sUser = CreateUnoService("com.sun.star.util.PathSubstitution").substituteVariables("$(user)", True)
  aJob = ReadJob(sUser & "/bidbench-job.txt")
  sResult = aJob(2)
  Dim aLoad(2) As New com.sun.star.beans.PropertyValue
  aLoad(0).Name = "Hidden"
  aLoad(0).Value = True
  aLoad(1).Name = "MacroExecutionMode"
  aLoad(1).Value = 0
  aLoad(2).Name = "UpdateDocMode"
  aLoad(2).Value = 0
  oDoc = StarDesktop.loadComponentFromURL(aJob(0), "_blank", 0, aLoad())
  If IsNull(oDoc) Then
    WriteResult(sResult, "error" & Chr(9) & "load" & Chr(9) & "the document could not be loaded" & Chr(10))
    Exit Sub
  End If

  nToc = 0
  oIdxs = oDoc.getDocumentIndexes()
  For i = 0 To oIdxs.getCount() - 1
    oEnum = oIdxs.getByIndex(i).getAnchor().createEnumeration()
    Do While oEnum.hasMoreElements()
      oPar = oEnum.nextElement()
      If oPar.supportsService("com.sun.star.text.Paragraph") Then
        sName = LinkTarget(oPar)
        If sName <> "" Then
          ReDim Preserve tocPar(nToc)
          ReDim Preserve tocName(nToc)
          ReDim Preserve tocPage(nToc)
          tocPar(nToc) = oPar
          tocName(nToc) = sName
          nToc = nToc + 1
        End If
      End If
    Loop
  Next
  nRef = 0
  oFE = oDoc.getTextFields().createEnumeration()
  Do While oFE.hasMoreElements()
    f = oFE.nextElement()
    If f.supportsService("com.sun.star.text.TextField.GetReference") Then
      If f.ReferenceFieldSource = 2 And f.ReferenceFieldPart = 0 Then
        ReDim Preserve refField(nRef)
        ReDim Preserve refShown(nRef)
        refField(nRef) = f
        nRef = nRef + 1
      End If
    End If
  Loop

  oVC = oDoc.getCurrentController().getViewCursor()
  oVC.jumpToLastPage()
  bStable = False
  For iPass = 1 To 4
    bChanged = False
    For k = 0 To nToc - 1
      tocPage(k) = PageOf(oDoc, oVC, tocName(k))
      If tocPage(k) > 0 Then
        If SetTrailing(tocPar(k), CStr(tocPage(k))) Then bChanged = True
      End If
    Next
    oDoc.getTextFields().refresh()
    For k = 0 To nRef - 1
      s = refField(k).getPresentation(False)
      If s <> refShown(k) Then bChanged = True
      refShown(k) = s
    Next
    oVC.jumpToLastPage()
    If Not bChanged Then
      bStable = True
      Exit For
    End If
  Next

  Dim aF(1) As New com.sun.star.beans.PropertyValue
  aF(0).Name = "ExportBookmarksToPDFDestination"
  aF(0).Value = True
  aF(1).Name = "ExportBookmarks"
  aF(1).Value = True
  Dim aP(1) As New com.sun.star.beans.PropertyValue
  aP(0).Name = "FilterName"
  aP(0).Value = "writer_pdf_Export"
  aP(1).Name = "FilterData"
  aP(1).Value = aF()
  oDoc.storeToURL(aJob(1), aP())

  sOut = "ok" & Chr(10) & "passes" & Chr(9) & iPass & Chr(10) & "stable" & Chr(9) & IIf(bStable, "1", "0") & Chr(10)
  For k = 0 To nToc - 1
    sOut = sOut & "toc" & Chr(9) & tocName(k) & Chr(9) & tocPage(k) & Chr(10)
  Next
  For k = 0 To nRef - 1
    sOut = sOut & "ref" & Chr(9) & refField(k).SourceName & Chr(9) & refShown(k) & Chr(10)
  Next
  REM Closing the last document ends a headless LibreOffice at once: the result is written first.
  WriteResult(sResult, sOut)
  oDoc.close(True)
  Exit Sub
Failed:
  sErr = "error" & Chr(9) & Err & Chr(9) & Error$ & " (line " & Erl & ")" & Chr(10)
  On Error Resume Next
  WriteResult(sResult, sErr)
  If Not IsNull(oDoc) Then oDoc.close(True)
End Sub
`

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export const MACRO_LIBRARY = 'Standard'
export const MACRO_MODULE = 'BidBenchPdf'
export const MACRO_URL = `macro:///${MACRO_LIBRARY}.${MACRO_MODULE}.Main`

/** The files of the user Basic library that holds the macro, relative to <profile>/user/basic. */
export function basicLibraryFiles(): Record<string, string> {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n'
  const lib = (kind: 'library' | 'libraries', body: string) =>
    `${head}<!DOCTYPE library:${kind} PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "${kind}.dtd">\n${body}\n`
  return {
    'script.xlc': lib(
      'libraries',
      `<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink"><library:library library:name="${MACRO_LIBRARY}" library:link="false"/></library:libraries>`,
    ),
    'dialog.xlc': lib(
      'libraries',
      `<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink"><library:library library:name="${MACRO_LIBRARY}" library:link="false"/></library:libraries>`,
    ),
    [`${MACRO_LIBRARY}/script.xlb`]: lib(
      'library',
      `<library:library xmlns:library="http://openoffice.org/2000/library" library:name="${MACRO_LIBRARY}" library:readonly="false" library:passwordprotected="false"><library:element library:name="${MACRO_MODULE}"/></library:library>`,
    ),
    [`${MACRO_LIBRARY}/dialog.xlb`]: lib(
      'library',
      `<library:library xmlns:library="http://openoffice.org/2000/library" library:name="${MACRO_LIBRARY}" library:readonly="false" library:passwordprotected="false"/>`,
    ),
    [`${MACRO_LIBRARY}/${MACRO_MODULE}.xba`]:
      `${head}<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n` +
      `<script:module xmlns:script="http://openoffice.org/2000/script" script:name="${MACRO_MODULE}" script:language="StarBasic">${escapeXml(BASIC)}</script:module>\n`,
  }
}
