import GoujiFormats
import GoujiSyntax
import GoujiText

/// GJ502: an enumeration skips or repeats (`一是…三是…三是`, `（一）（三）`, `1. 2. 4.`).
package enum Enumeration: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ502", name: "enumeration", severity: .information, fixAvailability: .never, scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "列举序号跳号或重复", en: "An enumeration skips or repeats"),
      checks: "各部分正文中的三种列举：“一是、二是……”，行首的“（一）（二）……”，行首的“1. 2. ……”，是否连续。遇到“一是”“（一）”“1.”重新开始计数。表格中的行号不在检查之列。",
      why: "跳号或重号通常是删改内容后没有调整序号，会让读者以为漏了内容。",
      wrong: "1.……\n2.……\n3.……\n4.……\n6.……",
      right: "1.……\n2.……\n3.……\n4.……\n5.……",
      fix: "无自动修复：可能是漏了一项，也可能只是序号写错。",
      basis: RuleBasis(note: "《党政机关公文格式》GB/T 9704 关于结构层次序数的规定。")
    )
  )

  /// A marker never holds a sentence end, so a block cut after one (``SentenceCuts``) splits none.
  package static var readsSubLineRegions: Bool { true }

  /// The markers in the section bodies inside one block, each with the index of its section: a marker lies on one
  /// line and its scan starts afresh at a line start, so blocks of whole lines find what the whole body holds; a
  /// block cut inside a line after a sentence end starts the scan as the line's scan stands there.
  package static func partial(_ context: RuleContext, in region: TextRange) -> [SectionMarker] {
    let excluded = context.report.readTables.map(\.range)
    return context.report.sections.indices.flatMap { index -> [SectionMarker] in
      let body = context.report.sections[index].bodyRange
      let (start, end) = (max(body.start, region.start), min(body.end, region.end))
      guard start < end else { return [] }
      let piece = TextRange(start: start, end: end)
      // A piece that starts where its block was cut inside a line is read as the scan of the line reads it there.
      let continuesLine = start == region.start && start != body.start && !context.text.isLineStart(start)
      let markers = EnumerationScanner.markers(
        in: context.text, range: piece, excluding: excluded, continuingLine: continuesLine
      )
      return markers.map { SectionMarker(section: index, marker: $0) }
    }
  }

  package static func moved(_ partial: [SectionMarker], by move: (TextRange) -> TextRange) -> [SectionMarker] {
    partial.map { SectionMarker(section: $0.section, marker: $0.marker.moved(by: move)) }
  }

  /// Each section's markers in order, checked for skips and repeats.
  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    var bySection: [[EnumerationScanner.Marker]] = context.report.sections.map { _ in [] }
    for (_, markers) in partials.found {
      for found in markers { bySection[found.section].append(found.marker) }
    }
    return bySection.flatMap { findings(in: $0, context: context) }
  }

  private static func findings(in markers: [EnumerationScanner.Marker], context: RuleContext) -> [Finding] {
    var next: [EnumerationScanner.Style: EnumerationScanner.Marker] = [:]
    var findings: [Finding] = []
    for marker in markers {
      defer { next[marker.style] = marker }
      guard marker.value != 1, let previous = next[marker.style], marker.value != previous.value + 1 else { continue }
      let written = context.text[marker.range]
      let before = context.text[previous.range]
      let repeated = marker.value == previous.value
      findings.append(
        Finding(
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

/// An enumeration marker and the index of the section (in ``Report/sections``) whose body holds it.
package struct SectionMarker: Sendable {
  var section: Int
  var marker: EnumerationScanner.Marker
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

    /// The marker with its range moved by `move`.
    func moved(by move: (TextRange) -> TextRange) -> Marker {
      Marker(style: style, value: value, range: move(range))
    }
  }

  /// The markers in `range`, its scan starting as at a line start, or, when `continuingLine`, as the scan of the
  /// whole line stands after the character before `range` (not at a line start, that character before).
  package static func markers(
    in text: SourceText, range: TextRange, excluding excluded: [TextRange], continuingLine: Bool = false
  ) -> [Marker] {
    text.bytes.withUnsafeBufferPointer { bytes in
      var markers: [Marker] = []
      var lineStart = true
      var previous: Unicode.Scalar = " "
      if continuingLine, range.start > 0 {
        var lead = range.start - 1
        while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        (lineStart, previous) = (false, folded(bytes, at: lead).0)
      }
      var index = range.start
      while index < range.end {
        let (scalar, width) = folded(bytes, at: index)
        if scalar == "\n" || scalar == "\r" {
          lineStart = true
        } else if lineStart && (scalar == " " || scalar == "\t" || scalar == "*") {
          // Indentation and emphasis before a line's first character.
        } else {
          let canStart =
            ChineseNumeral.isNumeralScalar(scalar)
            || lineStart && (scalar == "(" || (0x31...0x39).contains(scalar.value))
          if canStart, let marker = marker(text, at: index, limit: range.end, lineStart: lineStart, previous: previous),
            !excluded.contains(where: { $0.overlaps(marker.range) })
          {
            markers.append(marker)
            index = marker.range.end
            previous = "是"
            lineStart = false
            continue
          }
          lineStart = false
        }
        previous = scalar
        index += width
      }
      return markers
    }
  }

  /// The scalar at `offset` normalised (a Kangxi `⼀` is `一`, `（` is `(`, any space is a space), and its width.
  private static func folded(_ text: SourceText, at offset: Int) -> (Unicode.Scalar, Int) {
    text.bytes.withUnsafeBufferPointer { folded($0, at: offset) }
  }

  /// ``folded(_:at:)`` on the bytes: ASCII and the ideographs of the basic block (neither is space nor folded) are
  /// taken as they are, without a look-up.
  @inline(__always)
  private static func folded(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let width = SourceText.scalarByteCount(lead: lead)
    let scalar = NormalizedText.decodeScalar(bytes, at: offset, width: width)
    if (0x4E00...0x9FFF).contains(scalar.value) { return (scalar, width) }
    if CharacterFolding.isSpace(scalar) { return (" ", width) }
    return (CharacterFolding.replacement(for: scalar)?.unicodeScalars.first ?? scalar, width)
  }

  /// What may stand before `一是`: punctuation, a closing leftover, a space.
  private static let boundaries = Set("。；;：:，,“”\"*]】 ".unicodeScalars)

  private static func marker(_ text: SourceText, at start: Int, limit: Int, lineStart: Bool, previous: Unicode.Scalar)
    -> Marker?
  {
    var cursor = start
    func next() -> Unicode.Scalar? {
      guard cursor < limit else { return nil }
      let (scalar, width) = folded(text, at: cursor)
      cursor += width
      return scalar
    }
    func numeral() -> Int? {
      var value = ""
      while value.count < 3, cursor < limit {
        let (scalar, width) = folded(text, at: cursor)
        guard ChineseNumeral.isNumeralScalar(scalar) else { break }
        value.unicodeScalars.append(scalar)
        cursor += width
      }
      return ChineseNumeral.value(value)
    }
    let first = folded(text, at: start).0
    if lineStart && first == "(" {
      _ = next()
      guard let value = numeral(), next() == ")" else { return nil }
      return Marker(style: .parenthesized, value: value, range: TextRange(start: start, end: cursor))
    }
    if lineStart, (0x31...0x39).contains(first.value) {
      var digits = ""
      while digits.count < 2, cursor < limit, (0x30...0x39).contains(folded(text, at: cursor).0.value) {
        digits.unicodeScalars.append(next()!)
      }
      guard let separator = next(), separator == "." || separator == "、", let value = Int(digits) else { return nil }
      let end = cursor
      if let after = next(), (0x30...0x39).contains(after.value) { return nil }
      return Marker(style: .arabic, value: value, range: TextRange(start: start, end: end))
    }
    guard ChineseNumeral.isNumeralScalar(first), lineStart || start == 0 || boundaries.contains(previous) else {
      return nil
    }
    guard let value = numeral(), next() == "是" else { return nil }
    return Marker(style: .shi, value: value, range: TextRange(start: start, end: cursor))
  }
}
