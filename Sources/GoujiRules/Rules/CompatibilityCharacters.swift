import GoujiSyntax
import GoujiText

/// GJ501: Kangxi radicals, CJK compatibility ideographs, full-width digits: one finding per document.
package enum CompatibilityCharacters: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ501", name: "compatibility-characters", severity: .warning, fixAvailability: .always,
    scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "文中有兼容字符（康熙部首、兼容汉字、全角数字）", en: "Compatibility characters in the text"),
      checks:
        "康熙部首（U+2F00–U+2FDF，如“⼀⼯⾏”）、中日韩部首补充（U+2E80–U+2EFF，如“⻓⻔”）、中日韩兼容汉字，以及数字中的全角数字（“２０２１”）。全文报告一次：消息给出个数和行数，前几处列为相关位置。",
      why: "这些字符多来自PDF文字提取，看起来与正常汉字相同，但编码不同：检索、复制、统计和无障碍朗读都会出错。",
      wrong: "周⼝市科技局2021年政府信息公开⼯作年度报告",
      right: "周口市科技局2021年政府信息公开工作年度报告",
      fix: "把全文的兼容字符替换为对应的通用字符（安全修复：字形和含义不变，只改编码）。",
      basis: RuleBasis(
        note:
          "没有法规专门规定字符编码，本规则依据文字处理的通行做法：Unicode标准把康熙部首、兼容汉字、全角数字列为兼容字符，规范化（NFKC）后即对应的通用汉字和数字。《中华人民共和国国家通用语言文字法》第九条规定国家机关以规范汉字为公务用字。"
      )
    )
  )

  /// How many places the finding lists as related locations.
  package static let relatedLimit = 5

  /// Its edits are per character; a line cut into pieces has its edits joined again (``editsPerLine(_:text:)``).
  package static var readsSubLineRegions: Bool { true }

  /// The edits of each line of `region` that has compatibility characters. The bytes of the region's lines (up to
  /// the region's end, when it ends inside a line) are scanned in one pass (line ends, ASCII, never hold one), each
  /// edit going to its line.
  package static func partial(_ context: RuleContext, in region: TextRange) -> [[TextEdit]] {
    let text = context.text
    let first = text.line(containing: region.start)
    var last = first - 1
    while last + 1 < text.lineCount, text.lineStarts[last + 1] < region.end { last += 1 }
    guard last >= first else { return [] }
    let end = min(region.end, text.lineContentRange(last).end)
    return edits(in: TextRange(start: max(region.start, text.lineStarts[first]), end: end), text: text)
  }

  package static func moved(_ partial: [[TextEdit]], by move: (TextRange) -> TextRange) -> [[TextEdit]] {
    partial.map { line in line.map { TextEdit(range: move($0.range), newText: $0.newText) } }
  }

  /// One finding for the whole text, from the edits of every line.
  package static func findings(_ context: RuleContext, from partials: BlockPartials<Self>) -> [Finding] {
    let text = context.text
    let perLine = editsPerLine(partials, text: text)
    guard let firstLine = perLine.first else { return [] }
    let count = perLine.reduce(0) { $0 + $1.count }
    let distinct = distinctSamples(perLine.joined(), text: text, limit: 5)
    let sample = distinct.prefix(4).joined(separator: "、") + (distinct.count > 4 ? "…" : "")
    let lines = perLine.count
    let fix = CompatibilityFix(
      message: LocalizedText(
        zh: lines == 1 ? "有\(count)个兼容字符（\(sample)）" : "全文有\(count)个兼容字符，分布在\(lines)行（\(sample)）",
        en:
          "\(count) compatibility character\(count == 1 ? "" : "s") in \(lines == 1 ? "one line" : "\(lines) lines") (\(sample))"
      ),
      related: perLine.dropFirst().prefix(relatedLimit).map { edits in
        let line = text.line(containing: edits[0].range.start) + 1
        return RelatedLocation(
          range: edits.dropFirst().reduce(edits[0].range) { $0.union($1.range) },
          message: LocalizedText(zh: "第\(line)行\(edits.count)个", en: "line \(line): \(edits.count)")
        )
      },
      perLine: perLine
    )
    return [Finding(range: firstLine.dropFirst().reduce(firstLine[0].range) { $0.union($1.range) }, compatibility: fix)]
  }

  /// The edits of each line, from the pieces' partial results in order: a line cut into pieces (at sentence ends,
  /// ``SentenceCuts``) has edits in several, joined here, so the finding counts and lists it as one line.
  private static func editsPerLine(_ partials: BlockPartials<Self>, text: SourceText) -> [[TextEdit]] {
    var perLine: [[TextEdit]] = []
    for (_, partial) in partials.found {
      guard let first = partial.first else { continue }
      if let last = perLine.last,
        text.line(containing: last[0].range.start) == text.line(containing: first[0].range.start)
      {
        perLine[perLine.count - 1] = exactCopy(last + first)
        perLine += partial.dropFirst()
      } else {
        perLine += partial
      }
    }
    return perLine
  }

  /// The first `limit` distinct `character→replacement` samples of `edits`, in order (enough to tell whether there
  /// are more than the four the message shows). Comparing every edit's sample with every earlier one was quadratic:
  /// 9 % of the analysis of a PDF copy with hundreds of look-alike characters.
  private static func distinctSamples(_ edits: some Sequence<TextEdit>, text: SourceText, limit: Int) -> [String] {
    var samples: [String] = []
    var seen: Set<String> = []
    for edit in edits {
      let sample = "\(text[edit.range])→\(edit.newText)"
      if seen.insert(sample).inserted { samples.append(sample) }
      if samples.count == limit { break }
    }
    return samples
  }

  /// One edit per compatibility character in `range` (whole lines), grouped by line. Each line's edits are gathered
  /// in one reused buffer and kept as an array of exactly their number: arrays grown by appending hold up to twice
  /// their elements (a line of 80 look-alikes kept room for 128, 60 % more memory for a text of them).
  private static func edits(in range: TextRange, text: SourceText) -> [[TextEdit]] {
    var perLine: [[TextEdit]] = []
    var line: [TextEdit] = []
    var lineOfLast = -1
    text.bytes.withUnsafeBufferPointer { bytes in
      var index = range.start
      while index < range.end {
        let lead = bytes[index]
        // Only characters led by E2 (U+2E80–U+2FDF), EF (U+F900–U+FAFF, U+FF10–U+FF19) and F0 (U+2F800–U+2FA1F)
        // can be either: the others (ASCII, the ideographs of the basic block…) are skipped undecoded, a byte at a
        // time (in valid UTF-8 those three bytes only ever lead a character, so no step lands inside one of these).
        if lead != 0xE2 && lead != 0xEF && lead != 0xF0 {
          index += 1
          continue
        }
        let width = SourceText.scalarByteCount(lead: lead)
        let scalar = NormalizedText.decodeScalar(bytes, at: index, width: width)
        if CharacterFolding.isCompatibilityIdeograph(scalar) || CharacterFolding.isFullWidthDigit(scalar),
          let replacement = CharacterFolding.replacement(for: scalar)
        {
          let edit = TextEdit(range: TextRange(start: index, end: index + width), newText: replacement)
          let lineOfEdit = text.line(containing: index)
          if lineOfEdit != lineOfLast, !line.isEmpty {
            perLine.append(exactCopy(line))
            line.removeAll(keepingCapacity: true)
          }
          line.append(edit)
          lineOfLast = lineOfEdit
        }
        index += width
      }
    }
    if !line.isEmpty { perLine.append(exactCopy(line)) }
    return perLine
  }

  /// A copy of `edits` in storage of their number (`Array(edits)` would share the buffer, room and all).
  private static func exactCopy(_ edits: [TextEdit]) -> [TextEdit] {
    [TextEdit](unsafeUninitializedCapacity: edits.count) { buffer, count in
      _ = buffer.initialize(fromContentsOf: edits)
      count = edits.count
    }
  }
}
