import Foundation
import GoujiStatutes
import GoujiSyntax
import GoujiText

/// GJ504: a paragraph of at least 30 characters written twice, word for word.
package enum RepeatedParagraph: RegionalRule {
  package static let metadata = RuleMetadata(
    code: "GJ504", name: "repeated-paragraph", severity: .information, fixAvailability: .never, scope: .regions,
    documentation: RuleDocumentation(
      summary: LocalizedText(zh: "段落重复", en: "A paragraph is repeated"),
      checks: "各部分正文（统计表除外）中，不少于30个字的一行文字是否与前文某一行完全相同（忽略空格和字符写法的差异）。连续重复的多行合为一处报告。",
      why: "整段重复多是复制粘贴时误将前文再贴一遍，或用前一部分的内容填充后一部分，读者会以为报告内容单薄或未经审核。",
      wrong: "一、总体情况\n本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。\n……\n六、其他需要报告的事项\n本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。",
      right: "一、总体情况\n本机关通过政府网站、政务新媒体等渠道及时公开政府信息，全年未发生泄密事件。\n……\n六、其他需要报告的事项\n本机关本年度未收取信息处理费，无其他需要报告的事项。",
      fix: "无自动修复：删除重复的段落，或改写为该部分应有的内容。",
      basis: RuleBasis(
        [ArticleReference(article: 50)],
        note: "规定了年度报告各部分应报告的内容；审核实践：整段重复的文字不提供新的信息，是年度报告审核中指出的常见问题。"
      )
    )
  )

  /// The shortest line compared, in characters: shorter lines (`无。`, a sub-heading) repeat by nature.
  static let minimumLength = 30

  /// The lines of prose in one block, in text order: a reset where a prose range starts (a repeat never runs from
  /// one section's prose into the next), then every line with characters, with its key when it is compared.
  package static func partial(_ context: RuleContext, in region: TextRange) -> [ProseLine] {
    let pieces = context.proseRanges(inBlock: region)
    var lines: [ProseLine] = []
    for (prose, piece) in zip(context.proseViews(inBlock: region), pieces) {
      if piece.startsProse { lines.append(ProseLine(key: nil, source: TextRange(emptyAt: piece.range.start))) }
      for line in prose.lines() {
        let written = prose.view.scalars[line].lazy.filter { $0 != " " && $0 != "\t" }
        guard !written.isEmpty else { continue }
        let source = prose.sourceRange(prose.trimmed(line))
        let countable = written.count >= minimumLength && !context.furnitureIndex.intersects(source)
        lines.append(ProseLine(key: countable ? LineKey(Array(written)) : nil, source: source))
      }
    }
    return lines
  }

  package static func moved(_ partial: [ProseLine], by move: (TextRange) -> TextRange) -> [ProseLine] {
    partial.map { ProseLine(key: $0.key, source: move($0.source)) }
  }

  /// Every line compared with the first line of the same key before it, across blocks: runs of repeated lines.
  package static func findings(_ context: RuleContext, from partials: [[ProseLine]]) -> [Finding] {
    var seen = FirstLines(capacity: partials.reduce(0) { $0 + $1.count })
    /// Runs of repeated lines: the first and last repeated line, the earlier text they repeat, their length.
    var runs: [(first: TextRange, last: TextRange, earlier: TextRange, characters: Int)] = []
    var previousWasRepeat = false
    for line in partials.joined() {
      guard let key = line.key, let earlier = seen.earlier(key, else: line.source) else {
        previousWasRepeat = false
        continue
      }
      let source = line.source
      if previousWasRepeat, let last = runs.indices.last {
        runs[last].last = source
        runs[last].characters += key.scalars.count
        if earlier.end > runs[last].earlier.end {
          runs[last].earlier = TextRange(start: runs[last].earlier.start, end: earlier.end)
        }
      } else {
        runs.append((source, source, earlier, key.scalars.count))
      }
      previousWasRepeat = true
    }
    return runs.map { run in
      let opening = String(context.text[run.first].singleLine.prefix(16))
      return Finding(
        message: LocalizedText(
          zh: "这段文字（“\(opening)…”，\(run.characters)字）与前文完全相同",
          en: "This text (“\(opening)…”, \(run.characters) characters) repeats earlier text word for word"
        ),
        range: TextRange(start: run.first.start, end: run.last.end),
        related: [
          RelatedLocation(range: run.earlier, message: LocalizedText(zh: "前文相同的文字", en: "the same text earlier"))
        ]
      )
    }
  }
}

/// A line of prose as GJ504 reads it: its key when it is compared (long enough, no page furniture in it; `nil`
/// otherwise, and for the reset where a prose range starts) and its range without the white space around it.
package struct ProseLine: Sendable {
  fileprivate var key: LineKey?
  var source: TextRange
}

/// A line's characters and their hash, made once when the line is read: the lines of the blocks an edit did not
/// touch are compared again after every edit, and hashing their characters was most of the rule's time.
private struct LineKey: Sendable {
  var scalars: [Unicode.Scalar]
  var hash: Int

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    var hasher = Hasher()
    scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
    hash = hasher.finalize()
  }

  /// Whether `other` has the same characters: the hashes first, then the bytes compared by `memcmp` (long repeated
  /// lines are compared on every edit, and comparing them scalar by scalar was most of the combination's time).
  func isSame(as other: LineKey) -> Bool {
    guard hash == other.hash, scalars.count == other.scalars.count else { return false }
    return scalars.withUnsafeBytes { mine in
      other.scalars.withUnsafeBytes { theirs in
        mine.count == 0 || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
      }
    }
  }
}

/// The first line of each key, found through an open-addressed table indexed by the keys' hashes (made once, when the
/// lines were read), without hashing or copying a line's characters again: the combination runs over every line of
/// prose after every edit, and a dictionary's hashing and bookkeeping were most of its time.
private struct FirstLines {
  /// Each slot holds the index in `lines` of a first line, plus one, or 0 when free; a key's probe starts at its
  /// hash's low bits and goes on to the next slot. At least twice as many slots as lines ever added.
  private var slots: [Int]
  private let mask: Int
  private var lines: [(key: LineKey, source: TextRange)] = []

  /// Room for `capacity` first lines (no more may be added).
  init(capacity: Int) {
    var size = 16
    while size < 2 * capacity { size *= 2 }
    slots = Array(repeating: 0, count: size)
    mask = size - 1
    lines.reserveCapacity(capacity)
  }

  /// The range of the first line with `key`'s characters; `nil` when there is none, and `source` becomes it.
  mutating func earlier(_ key: LineKey, else source: TextRange) -> TextRange? {
    var slot = key.hash & mask
    while slots[slot] != 0 {
      let index = slots[slot] - 1
      if lines[index].key.isSame(as: key) { return lines[index].source }
      slot = (slot + 1) & mask
    }
    slots[slot] = lines.count + 1
    lines.append((key, source))
    return nil
  }
}
