import LanguageServerProtocol
import Testing

@Suite struct DiagnosticTests {
  static let full = Diagnostic(
    range: range(3, 4, 9),
    severity: .warning,
    code: "GJ012",
    codeDescription: CodeDescription(href: "https://gouji.example/rules/GJ012"),
    source: "gouji",
    message: "金额大小写不一致",
    tags: [.unnecessary],
    relatedInformation: [
      DiagnosticRelatedInformation(
        location: Location(uri: "file:///c.txt", range: range(1, 0, 3)),
        message: "first written here"
      )
    ],
    data: ["fix": ["newText": "壹万元"], "version": 2]
  )

  static let fullJSON = #"""
    {
      "range": \#(rangeJSON(3, 4, 9)),
      "severity": 2,
      "code": "GJ012",
      "codeDescription": {"href": "https://gouji.example/rules/GJ012"},
      "source": "gouji",
      "message": "金额大小写不一致",
      "tags": [1],
      "relatedInformation": [
        {"location": {"uri": "file:///c.txt", "range": \#(rangeJSON(1, 0, 3))}, "message": "first written here"}
      ],
      "data": {"fix": {"newText": "壹万元"}, "version": 2}
    }
    """#

  @Test func fullDiagnosticRoundTrips() throws {
    try expectRoundTrip(Self.full, Self.fullJSON)
  }

  @Test func minimalDiagnosticOmitsAbsentMembers() throws {
    try expectRoundTrip(
      Diagnostic(range: range(0, 0, 1), code: 12, message: "m"),
      #"{"range":\#(rangeJSON(0, 0, 1)),"code":12,"message":"m"}"#
    )
  }

  @Test func unknownSeverityIsKept() throws {
    let diagnostic = try decode(Diagnostic.self, #"{"range":\#(rangeJSON(0, 0, 1)),"severity":9,"message":"m"}"#)
    #expect(diagnostic.severity == DiagnosticSeverity(rawValue: 9))
  }

  @Test func publishDiagnostics() throws {
    try expectMessage(
      PublishDiagnosticsNotification(uri: "file:///c.txt", version: 4, diagnostics: [Self.full]),
      method: "textDocument/publishDiagnostics",
      params: #"{"uri":"file:///c.txt","version":4,"diagnostics":[\#(Self.fullJSON)]}"#
    )
    try expectMessage(
      PublishDiagnosticsNotification(uri: "file:///c.txt", diagnostics: []),
      method: "textDocument/publishDiagnostics",
      params: #"{"uri":"file:///c.txt","diagnostics":[]}"#
    )
  }

  @Test func documentDiagnosticRequest() throws {
    try expectMessage(
      DocumentDiagnosticRequest(
        textDocument: TextDocumentIdentifier(uri: "file:///c.txt"),
        identifier: "gouji",
        previousResultId: "7"
      ),
      method: "textDocument/diagnostic",
      params: #"{"textDocument":{"uri":"file:///c.txt"},"identifier":"gouji","previousResultId":"7"}"#
    )
    try expectMessage(
      DocumentDiagnosticRequest(textDocument: TextDocumentIdentifier(uri: "file:///c.txt")),
      method: "textDocument/diagnostic",
      params: #"{"textDocument":{"uri":"file:///c.txt"}}"#
    )
  }

  @Test func fullAndUnchangedReports() throws {
    try expectResponse(
      DocumentDiagnosticRequest.self,
      .full(resultId: "8", items: [Self.full]),
      #"{"kind":"full","resultId":"8","items":[\#(Self.fullJSON)]}"#
    )
    try expectResponse(DocumentDiagnosticRequest.self, .full(resultId: nil, items: []), #"{"kind":"full","items":[]}"#)
    try expectResponse(
      DocumentDiagnosticRequest.self,
      .unchanged(resultId: "8"),
      #"{"kind":"unchanged","resultId":"8"}"#
    )
  }

  @Test func unknownReportKindFails() {
    #expect(throws: DecodingError.self) {
      try decode(DocumentDiagnosticReport.self, #"{"kind":"partial","items":[]}"#)
    }
  }

  @Test func diagnosticRefresh() throws {
    #expect(DiagnosticRefreshRequest.method == "workspace/diagnostic/refresh")
    #expect(!DiagnosticRefreshRequest.carriesParams)
    try expectResponse(DiagnosticRefreshRequest.self, VoidResponse(), "null")
  }
}
