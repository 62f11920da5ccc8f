import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ502: an enumeration skips or repeats (`一是…三是…三是`, `（一）（三）`, `1. 2. 4.`).
package enum Enumeration: Rule {
  package static let metadata = RuleMetadata(
    code: "GJ502", name: "enumeration", severity: .information, fixAvailability: .never,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "列举序号跳号或重复", en: "An enumeration skips or repeats"),
      checks: "各部分正文中的三种列举：“一是、二是……”，行首的“（一）（二）……”，行首的“1. 2. ……”，是否连续。遇到“一是”“（一）”“1.”重新开始计数。表格中的行号不在检查之列。",
      why: "跳号或重号通常是删改内容后没有调整序号，会让读者以为漏了内容。",
      wrong: "1.……\n2.……\n3.……\n4.……\n6.……",
      right: "1.……\n2.……\n3.……\n4.……\n5.……",
      fix: "无自动修复：可能是漏了一项，也可能只是序号写错。",
      basis: "《党政机关公文格式》GB/T 9704 关于结构层次序数的规定。"
    )
  )

  package static func check(_ context: RuleContext) -> [Finding] {
    let excluded = [context.report.table2, context.report.table3, context.report.table4].compactMap { $0?.range }
    return context.report.sections.flatMap { findings(in: $0, context: context, excluded: excluded) }
  }

  private static func findings(in section: Section, context: RuleContext, excluded: [TextRange]) -> [Finding] {
    var next: [EnumerationScanner.Style: EnumerationScanner.Marker] = [:]
    var findings: [Finding] = []
    for marker in EnumerationScanner.markers(in: context.text, range: section.bodyRange, excluding: excluded) {
      defer { next[marker.style] = marker }
      guard marker.value != 1, let previous = next[marker.style], marker.value != previous.value + 1 else { continue }
      let written = context.text[marker.range]
      let before = context.text[previous.range]
      let repeated = marker.value == previous.value
      findings.append(Finding(
        message: LocalizedText(
          zh: repeated ? "序号“\(written)”重复" : "序号从“\(before)”跳到“\(written)”",
          en: repeated ? "The number “\(written)” repeats" : "The numbering jumps from “\(before)” to “\(written)”"
        ),
        range: marker.range,
        related: [RelatedLocation(range: previous.range, message: LocalizedText(zh: "上一个序号", en: "previous number"))]
      ))
    }
    return findings
  }
}

/// Finds enumeration markers in prose.
package enum EnumerationScanner {
  package enum Style: Hashable, Sendable {
    /// `一是`
    case shi
    /// `（一）` at a line start
    case parenthesized
    /// `1.` at a line start
    case arabic
  }

  package struct Marker: Sendable {
    package var style: Style
    package var value: Int
    package var range: TextRange
  }

  package static func markers(in text: SourceText, range: TextRange, excluding excluded: [TextRange]) -> [Marker] {
    let view = NormalizedText(text, range: range, mode: .display)
    var markers: [Marker] = []
    var lineStart = true
    var index = 0
    while index < view.count {
      let scalar = view.scalars[index]
      if scalar == "\n" || scalar == "\r" {
        lineStart = true
        index += 1
        continue
      }
      if lineStart && (scalar == " " || scalar == "\t" || scalar == "*") {
        index += 1
        continue
      }
      if let (marker, length) = marker(in: view, at: index, lineStart: lineStart),
        !excluded.contains(where: { $0.overlaps(marker.range) })
      {
        markers.append(marker)
        index += length
      } else {
        index += 1
      }
      lineStart = false
    }
    return markers
  }

  /// What may stand before `一是`: punctuation, a closing leftover, a space.
  private static let boundaries = Set("。；;：:，,“”\"*]】 ".unicodeScalars)

  private static func marker(in view: NormalizedText, at index: Int, lineStart: Bool) -> (Marker, Int)? {
    let scalars = view.scalars
    func numeral(from start: Int) -> (Int, Int)? {
      var end = start
      var text = ""
      while end < scalars.count && end - start < 3, ChineseNumeral.isNumeralScalar(scalars[end]) {
        text.unicodeScalars.append(scalars[end])
        end += 1
      }
      return ChineseNumeral.value(text).map { ($0, end) }
    }
    if lineStart, scalars[index] == "(", let (value, end) = numeral(from: index + 1), end < scalars.count, scalars[end] == ")" {
      return (Marker(style: .parenthesized, value: value, range: view.sourceRange(of: index..<(end + 1))), end + 1 - index)
    }
    if lineStart, (0x31...0x39).contains(scalars[index].value) {
      var end = index
      while end < scalars.count && end - index < 2 && (0x30...0x39).contains(scalars[end].value) { end += 1 }
      guard end < scalars.count, ".、".unicodeScalars.contains(scalars[end]),
        end + 1 >= scalars.count || !(0x30...0x39).contains(scalars[end + 1].value),
        let value = Int(String(String.UnicodeScalarView(scalars[index..<end])))
      else { return nil }
      return (Marker(style: .arabic, value: value, range: view.sourceRange(of: index..<(end + 1))), end + 1 - index)
    }
    let boundary = index == 0 || lineStart || boundaries.contains(scalars[index - 1])
    if boundary, let (value, end) = numeral(from: index), end < scalars.count, scalars[end] == "是" {
      return (Marker(style: .shi, value: value, range: view.sourceRange(of: index..<(end + 1))), end + 1 - index)
    }
    return nil
  }
}
