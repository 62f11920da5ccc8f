import GoujiJSON
import GoujiRules
import GoujiText
import LanguageServerProtocol
import Testing

@testable import GoujiAnalysis
@testable import GoujiServer

@Suite struct ConversionTests {
  @Test func positionEncodingFollowsTheClientsPreference() {
    #expect(PositionUnit.negotiated(from: []) == .utf16)
    #expect(PositionUnit.negotiated(from: [.utf32, .utf16]) == .utf32)
    #expect(PositionUnit.negotiated(from: [PositionEncodingKind(rawValue: "latin-1"), .utf8, .utf16]) == .utf8)
    #expect(PositionUnit.negotiated(from: [PositionEncodingKind(rawValue: "ucs-2")]) == .utf16)
  }

  /// "报𠀀" is 7 UTF-8 bytes, 3 UTF-16 units and 2 scalars; "表格" and "第二" are 6 bytes, 2 units, 2 scalars.
  @Test(arguments: [(PositionUnit.utf8, 7, 6), (.utf16, 3, 2), (.utf32, 2, 2)])
  func multiLineSpansAreSplitPerLineInTheUnit(unit: PositionUnit, start: UInt32, length: UInt32) {
    let text = SourceText("报𠀀表格\r\n第二行\n")
    let range = TextRange(start: Array("报𠀀".utf8).count, end: Array("报𠀀表格\r\n第二".utf8).count)
    let span = SemanticSpan(range: range, kind: .heading, modifiers: [.wrong])
    let context = ConversionContext(uri: "file:///t", version: 1, text: text, unit: unit, language: .zh)
    #expect([span].encodedTokens(in: context) == [0, start, length, 0, 1, 1, 0, length, 0, 1])
  }

  @Test func overlappingAndEmptySpansAreDropped() {
    let text = SourceText("一二三四五\n")
    let context = ConversionContext(uri: "file:///t", version: 1, text: text, unit: .utf16, language: .zh)
    let spans = [
      SemanticSpan(range: TextRange(start: 3, end: 9), kind: .rowLabel, modifiers: []),
      SemanticSpan(range: TextRange(start: 0, end: 6), kind: .heading, modifiers: [.nonstandard]),
      SemanticSpan(range: TextRange(start: 12, end: 12), kind: .number, modifiers: []),
      SemanticSpan(range: TextRange(start: 12, end: 15), kind: .number, modifiers: []),
    ]
    #expect(spans.encodedTokens(in: context) == [0, 0, 2, 0, 2, 0, 4, 1, 3, 0])
    let limited = spans.encodedTokens(in: context, limit: TextRange(start: 13, end: 14))
    #expect(limited == [0, 4, 1, 3, 0])
  }

  @Test func goujiSettingsAreTakenFromNotificationsOnlyWhenTheyAreGoujis() {
    #expect(LanguageServer.goujiSettings(in: ["gouji": ["language": "en"]]) == ["language": "en"])
    #expect(LanguageServer.goujiSettings(in: ["rules": [:]]) == ["rules": [:]])
    #expect(LanguageServer.goujiSettings(in: ["pylsp": ["plugins": [:]]]) == nil)
    #expect(LanguageServer.goujiSettings(in: [:]) == nil)
    #expect(LanguageServer.goujiSettings(in: nil) == nil)
  }

  @Test func diagnosticDataRoundTrips() {
    let data = DiagnosticData(code: "GJ310", version: 4, index: 7)
    #expect(DiagnosticData(data.json) == data)
    #expect(DiagnosticData(["code": "GJ310", "version": "4", "index": 7]) == nil)
    #expect(DiagnosticData(nil) == nil)
  }
}
