/// Finds citations of the carried statutes' articles in report text.
///
/// Recognised forms (white space, Kangxi radicals and other compatibility characters, full-width or half-width
/// parentheses and digits may appear anywhere in them):
/// - `《条例》第二十条第（五）项`, `条例第三十六条`, `《中华人民共和国政府信息公开条例》第十四条`, `本条例第十条第二款`
/// - `第三十六条第（七）项`, `第二十条(五)`, `第二十条第（一）（五）项`, `第十六条第二款`, `第二十条第五项`
/// - lists: `第十四条、第十五条` (one citation each), `第四十九、五十条` (one per number), `第（一）（五）项` (one per
///   item; the first citation also covers the article, the last the closing `项`)
///
/// Which statute a citation refers to (``Citation/Attribution``):
/// 1. A statute named right before `第` — one of a statute's ``Statute/shortNames``, optionally followed by a
///   parenthesis with `简称` — is the one cited (`named`).
/// 2. A name this module does not know (`《保守国家秘密法》第九条`, `实施条例第三条`, `保密法第九条`) makes the
///   citation foreign: it is not reported.
/// 3. A bare `第N条` takes the statute of the nearest earlier citation or `《…》` title in the same sentence (a
///   sentence ends at `。！？；` or a line break): `continued`, or not reported if that statute is foreign.
/// 4. Otherwise a bare `第N条` means the regulation (`assumed`), because a report's statutory basis is the
///   regulation — but only for an article the regulation has (1…56), so stray ordinals are not taken for citations.
///
/// `第` must be followed by a numeral and `条`: `第一季度`, `第3页` and `第一项加第二项之和` are not citations.
package enum CitationFinder {
  /// Every citation in `text`, in order.
  package static func citations(in text: String) -> [Citation] {
    var scanner = CitationScanner(text: FoldedText(text))
    return scanner.scan()
  }

  /// The citation whose range contains `utf8Offset` (a byte offset into `text.utf8`), for hovers.
  package static func citation(at utf8Offset: Int, in text: String) -> Citation? {
    citations(in: text).first { $0.range.contains(utf8Offset) }
  }
}

/// One pass over folded text, keeping the statute context of the current sentence.
private struct CitationScanner {
  /// A statute named in the text: by a citation or a `《…》` title. `statute` is `nil` for a foreign one.
  private struct Mention {
    let end: Int
    let statute: StatuteID?
  }

  let text: FoldedText
  /// Titles in `《》` (and named or foreign citations, added while scanning), in text order.
  private var mentions: [Mention]
  /// `sentenceBreaks[i]` is the number of sentence ends before folded index `i`.
  private let sentenceBreaks: [Int]
  private var citations: [Citation] = []

  init(text: FoldedText) {
    self.text = text
    self.mentions = Self.titles(in: text)
    var breaks = [0]
    breaks.reserveCapacity(text.count + 1)
    for index in 0..<text.count {
      let scalar = text[index]
      let ends = "。!?;".unicodeScalars.contains(scalar) || FoldedText.isLineBreak(scalar)
      breaks.append(breaks[index] + (ends ? 1 : 0))
    }
    self.sentenceBreaks = breaks
  }

  mutating func scan() -> [Citation] {
    var index = 0
    while index < text.count {
      guard text[index] == "第", let spec = ArticleSpec(in: text, at: index) else {
        index += 1
        continue
      }
      resolve(spec)
      index = spec.end
    }
    return citations
  }

  private mutating func resolve(_ spec: ArticleSpec) {
    switch StatuteLookback.find(before: spec.start, in: text) {
    case .named(let id, let start):
      remember(Mention(end: spec.end, statute: id))
      emit(spec, statute: id, attribution: .named, from: start)
    case .foreign:
      remember(Mention(end: spec.end, statute: nil))
    case .none:
      guard let context = context(before: spec.start) else {
        return emit(spec, statute: .regulation, attribution: .assumed, from: spec.start)
      }
      if let id = context.statute { emit(spec, statute: id, attribution: .continued, from: spec.start) }
    }
  }

  /// The nearest mention before `index` in the same sentence.
  private func context(before index: Int) -> Mention? {
    guard let mention = mentions.last(where: { $0.end <= index }) else { return nil }
    return sentenceBreaks[mention.end] == sentenceBreaks[index] ? mention : nil
  }

  private mutating func remember(_ mention: Mention) {
    let position = mentions.lastIndex { $0.end <= mention.end }.map { $0 + 1 } ?? 0
    mentions.insert(mention, at: position)
  }

  /// Adds one citation per article number, and for the last article one per item.
  private mutating func emit(
    _ spec: ArticleSpec, statute: StatuteID, attribution: Citation.Attribution, from start: Int
  ) {
    for (position, article) in spec.articles.enumerated() {
      if attribution == .assumed && !(1...Statutes.regulation.articles.count).contains(article.value) { continue }
      let lower = position == 0 ? start : article.range.lowerBound
      guard position == spec.articles.count - 1 else {
        add(lower..<article.range.upperBound, ArticleReference(statute, article: article.value), attribution)
        continue
      }
      guard !spec.items.isEmpty else {
        let reference = ArticleReference(statute, article: article.value, paragraph: spec.paragraph)
        add(lower..<spec.end, reference, attribution)
        continue
      }
      for (index, item) in spec.items.enumerated() {
        let itemLower = index == 0 ? lower : item.range.lowerBound
        let itemUpper = index == spec.items.count - 1 ? spec.end : item.range.upperBound
        let reference = ArticleReference(statute, article: article.value, paragraph: spec.paragraph, item: item.value)
        add(itemLower..<itemUpper, reference, attribution)
      }
    }
  }

  private mutating func add(_ range: Range<Int>, _ reference: ArticleReference, _ attribution: Citation.Attribution) {
    citations.append(Citation(range: text.sourceRange(range), reference: reference, attribution: attribution))
  }

  /// Every `《…》` title on one line, as a mention of the statute it names (or a foreign one).
  private static func titles(in text: FoldedText) -> [Mention] {
    var mentions: [Mention] = []
    var open: Int?
    for index in 0..<text.count {
      switch text[index] {
      case "《": open = index
      case "》":
        if let start = open {
          let key = StatuteNames.key(text.string((start + 1)..<index))
          mentions.append(Mention(end: index + 1, statute: StatuteNames.bracketed[key]))
        }
        open = nil
      case let scalar where FoldedText.isLineBreak(scalar): open = nil
      default: break
      }
    }
    return mentions
  }
}
