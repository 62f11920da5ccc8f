import GoujiText
import Testing

@testable import GoujiSyntax

/// `RemarksColumn.isNamed` looks for `备` before it drops the header's white space character by character: the look
/// changes no answer (headers with CJK, an astral character, CRLF line ends, the name spaced out or split by a line).
@Suite struct RemarksColumnTests {
  /// The reading without the look: every character of the header asked whether it is white space.
  static func namedByFiltering(_ header: String) -> Bool {
    CharacterFolding.normalizeAndTrim(header).filter { !$0.isWhitespace }.contains("备注")
  }

  @Test(arguments: [
    ("序号\t本年新收\t上年结转\r\n", false),
    ("申请人情况\u{3000}备\u{3000}注\r\n", true),
    ("𠀀 备\r\n注", true),
    ("（备注）𠀀\r\n", true),
    ("备考 注释\r\n", false),
    ("注备", false),
    ("", false),
  ])
  func aHeaderNamesRemarksAsItsFilteredTextDoes(_ header: String, _ named: Bool) {
    #expect(RemarksColumn.isNamed(in: header) == named)
    #expect(Self.namedByFiltering(header) == named)
  }
}
