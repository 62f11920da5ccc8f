import GoujiTestSupport
import Testing

@testable import GoujiCLI
@testable import GoujiText

/// The binary detector counts characters and control characters on the UTF-8 bytes; the counts must be those of the
/// text's scalars.
@Suite struct BinaryDetectorTests {
  /// The reason worked out on the scalars, as the definition says.
  static func reference(_ text: String) -> String? {
    let scalars = Array(text.unicodeScalars)
    if scalars.contains(where: { $0.value == 0 }) { return "it contains NUL bytes" }
    let controls = scalars.filter {
      (0x00...0x1F).contains($0.value) && !(0x09...0x0D).contains($0.value) || (0x7F...0x9F).contains($0.value)
    }.count
    guard !scalars.isEmpty, Double(controls) > Double(scalars.count) * BinaryDetector.maximumControlShare else {
      return nil
    }
    return "\(controls) of its \(scalars.count) characters are control characters"
  }

  @Test func countsControlCharactersAsTheScalarsDo() {
    // C0 and C1 controls, DEL, and their neighbours that are not controls (U+00A0, U+00C2, U+0100, TAB, CRLF).
    let pieces = [
      "\u{01}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "Â", "Ā", "\t", "\r\n", "一", "𠀀", "a",
    ]
    var generator = SeededGenerator(seed: 85)
    for _ in 0..<300 {
      let length = Int(generator.next() % 30)
      let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      let decoded = DecodedText(text: text, encoding: .utf8, hasByteOrderMark: false)
      #expect(BinaryDetector.reason(decoded) == Self.reference(text), "\(text.debugDescription)")
    }
  }

  /// Long texts, mostly words without controls (counted eight bytes at a time) with a control, a `C2` sequence or a
  /// NUL now and then, at every alignment: the counts are still the scalars'.
  @Test func countsLongTextsAsTheScalarsDo() {
    let text = ["一", "𠀀", "a", "Ā", "Â", "报告", "2026年", "\u{BF}"]
    let rare = ["\u{01}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "\t", "\r\n", "\u{0}"]
    var generator = SeededGenerator(seed: 86)
    for _ in 0..<300 {
      let shift = String(repeating: "a", count: Int(generator.next() % 8))
      let length = Int(generator.next() % 400)
      let pieces = (0..<length).map { _ in
        let pool = generator.next() % 40 == 0 ? rare : text
        return pool[Int(generator.next() % UInt64(pool.count))]
      }
      let written = shift + pieces.joined()
      let decoded = DecodedText(text: written, encoding: .utf8, hasByteOrderMark: false)
      #expect(BinaryDetector.reason(decoded) == Self.reference(written), "\(written.debugDescription)")
    }
  }

  @Test func aNulIsNamed() {
    let decoded = DecodedText(text: "一\u{0}二", encoding: .utf8, hasByteOrderMark: false)
    #expect(BinaryDetector.reason(decoded) == "it contains NUL bytes")
  }
}
