import GoujiFormats
import GoujiText

/// A heading whose title is printable ASCII, read without folding it: a text of `一、x` lines has a heading a line,
/// and folding each title for every test of ``SectionReader/lineHeading`` (its display title, the run-on search, the
/// table label tests, the section it is about) was most of the text's reading.
extension SectionReader {
  /// Whether the title in `range` is printable ASCII without a space or `;` while no wording the heading tests look
  /// for can be read in such a title (``asciiReadsNoWording``): then its title is its bytes without `*`, it is no
  /// table label, whole or cut, it does not run on (no title begins it, it has no `。；;`) and is about no section.
  static func isWordlessASCII(_ text: SourceText, _ range: TextRange) -> Bool {
    range.length > 0 && asciiReadsNoWording.value
      && text.bytes[range.start..<range.end].allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x3B }
  }

  /// The title of an ``isWordlessASCII(_:_:)`` range: folding leaves printable ASCII as it is (no replacement, no
  /// space), so it is the bytes without Markdown's `*`.
  static func asciiTitle(_ text: SourceText, _ range: TextRange) -> String {
    String(decoding: text.bytes[range.start..<range.end].lazy.filter { $0 != 0x2A }, as: UTF8.self)
  }

  /// Whether every section title, variant and keyword and every table 三 label core starts with, and every start
  /// of a numbered label holds, a scalar that folding printable ASCII cannot give (ASCII itself, and `、〔〕`, which
  /// matching makes of `,[]`): then none is equal to, a prefix of, in or begun by the fold of an ASCII title.
  static let asciiReadsNoWording = DerivedFromFormats {
    let startsBeyond = { (scalars: [Unicode.Scalar]) in scalars.first.map(isBeyondASCIIFolds) ?? false }
    guard let plainTitles else { return false }
    return titleScalars.allSatisfy(startsBeyond)
      && plainTitles.allSatisfy { titles in
        ([titles.canonical] + titles.variants + titles.keywords).allSatisfy(startsBeyond)
      }
      && tableLabelCores.value.allSatisfy { startsBeyond($0.scalars) }
      && parenthesizedLabelStarts.value.allSatisfy { $0.scalars.contains(where: isBeyondASCIIFolds) }
  }

  /// Whether no printable ASCII character folds to `scalar`.
  private static func isBeyondASCIIFolds(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value > 0x7E && scalar != "、" && scalar != "〔" && scalar != "〕"
  }
}
