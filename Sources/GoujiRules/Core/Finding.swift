import GoujiSyntax
import GoujiText

/// What a rule reports; the engine adds the rule's code, name and (configured) severity (``Diagnostic``).
///
/// Most findings hold their words, related places, fixes and data as made (boxed: a finding is a few words inline);
/// a rule that can make millions of findings of one shape keeps only the few values they are made from, and the
/// words are made when asked for (``ConversionLeftover``: 50 MB of `[image: x]` are 4.5 million findings;
/// ``StrayHeading``: 50 MB of `一、x` lines are 6 million). Two
/// findings are equal when they say and offer the same, however they are kept.
package struct Finding: Sendable, Hashable {
  package var range: TextRange
  /// How the finding's words, related places, fixes and data are kept.
  private(set) var content: Content
  /// A severity other than the rule's default for this finding (GJ103 reports a known variant title as
  /// information); a severity the user configures still wins.
  package var severity: Severity?

  /// A finding's words, related places, fixes and data, or the values they are made from.
  enum Content: Sendable {
    indirect case made(FindingDetails)
    case leftover(ConversionLeftover)
    indirect case compatibility(CompatibilityFix)
    case stray(StrayHeading)
  }

  package init(
    message: LocalizedText, range: TextRange, related: [RelatedLocation] = [], fixes: [Fix] = [],
    severity: Severity? = nil, data: FindingData? = nil
  ) {
    self.range = range
    content = .made(FindingDetails(message: message, related: related, fixes: fixes, data: data))
    self.severity = severity
  }

  /// A finding whose words are made when asked for from `leftover`.
  init(range: TextRange, leftover: ConversionLeftover) {
    self.range = range
    content = .leftover(leftover)
  }

  /// GJ501's finding, whose fix is made when asked for from `fix`'s edits by line.
  init(range: TextRange, compatibility fix: CompatibilityFix) {
    self.range = range
    content = .compatibility(fix)
  }

  /// GJ102's finding on a stray heading, whose words and related place are made when asked for from `stray`.
  init(range: TextRange, stray: StrayHeading) {
    self.range = range
    content = .stray(stray)
  }

  package var message: LocalizedText {
    switch content {
    case .made(let details): details.message
    case .leftover(let leftover): leftover.message
    case .compatibility(let fix): fix.message
    case .stray(let stray): stray.message
    }
  }

  /// ``message`` in `language` alone, made without the other language's words where the finding keeps only the
  /// values they are made from (an output prints one language; a report can have millions of such findings).
  package func message(in language: Language) -> String {
    switch content {
    case .made(let details): details.message.text(language)
    case .leftover(let leftover): leftover.message(in: language)
    case .compatibility(let fix): fix.message.text(language)
    case .stray(let stray): stray.message(in: language)
    }
  }

  package var related: [RelatedLocation] {
    switch content {
    case .made(let details): details.related
    case .leftover: []
    case .compatibility(let fix): fix.related
    case .stray(let stray): stray.related
    }
  }

  package var fixes: [Fix] {
    switch content {
    case .made(let details): details.fixes
    case .leftover(let leftover): leftover.fixes
    case .compatibility(let fix): fix.fixes
    case .stray: []
    }
  }

  /// How many edits the finding's fixes hold, counted without joining GJ501's edits into its fix.
  package var editCount: Int {
    switch content {
    case .compatibility(let fix): fix.editCount
    default: fixes.reduce(0) { $0 + $1.edits.count }
    }
  }

  /// The title an editor shows for the first fix (``Fix/displayTitle``), without making the fix's edits.
  package var firstFixDisplayTitle: LocalizedText? {
    switch content {
    case .made(let details): details.fixes.first?.displayTitle
    case .leftover(let leftover): leftover.fixes.first?.displayTitle
    case .compatibility: CompatibilityFix.title
    case .stray: nil
    }
  }

  /// What the finding is about, as values (``FindingData``), for the features and outputs that read it.
  package var data: FindingData? {
    get {
      switch content {
      case .made(let details): details.data
      case .leftover, .compatibility, .stray: nil
      }
    }
    set { content = .made(FindingDetails(message: message, related: related, fixes: fixes, data: newValue)) }
  }

  package static func == (lhs: Finding, rhs: Finding) -> Bool {
    lhs.range == rhs.range && lhs.severity == rhs.severity && lhs.message == rhs.message && lhs.related == rhs.related
      && lhs.fixes == rhs.fixes && lhs.data == rhs.data
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(range)
    hasher.combine(severity)
    hasher.combine(message)
  }
}

/// A finding's words, related places, fixes and data, as made.
struct FindingDetails: Sendable {
  var message: LocalizedText
  var related: [RelatedLocation]
  var fixes: [Fix]
  var data: FindingData?
}

extension Finding {
  /// The same with its range, related ranges, fix ranges and the ranges of its data moved by `move`.
  func moved(by move: (TextRange) -> TextRange) -> Finding {
    var moved = self
    moved.range = move(range)
    switch content {
    case .made(let details):
      moved.content = .made(
        FindingDetails(
          message: details.message, related: details.related.moved(by: move), fixes: details.fixes.moved(by: move),
          data: details.data?.moved(by: move)
        )
      )
    case .leftover(let leftover):
      moved.content = .leftover(leftover.moved(by: move))
    case .compatibility(let fix):
      moved.content = .compatibility(fix.moved(by: move))
    case .stray(let stray):
      moved.content = .stray(stray.moved(by: move))
    }
    return moved
  }

  /// Moves the finding by `delta` bytes, in place: a leftover's range and deletion without a copy of its words,
  /// any other as ``moved(by:)`` does.
  mutating func shift(by delta: Int) {
    guard case .leftover(var leftover) = content else {
      self = moved { $0.shifted(by: delta) }
      return
    }
    range = range.shifted(by: delta)
    leftover.deletion = leftover.deletion.shifted(by: delta)
    content = .leftover(leftover)
  }

  /// The finding moved with `change`, as it is when it lies before everything the change moved.
  func carried(through change: ReadingChange) -> Finding {
    lies(before: change.unmovedBefore) ? self : moved(by: change.move)
  }

  /// Whether every range of the finding (its own, related, fixes', its data's) ends before `offset` (an empty range
  /// at an insertion point moves with the insertion).
  func lies(before offset: Int) -> Bool {
    !containsRange { $0.end >= offset }
  }

  /// Whether any range of the finding (its own, related, fixes', its data's) overlaps or touches one of `regions`.
  func touches(_ regions: [TextRange]) -> Bool {
    containsRange { range in regions.contains { $0.start <= range.end && range.start <= $0.end } }
  }

  /// Whether any range of the finding satisfies `predicate` (GJ501's edits are tested where they are kept).
  private func containsRange(where predicate: (TextRange) -> Bool) -> Bool {
    switch content {
    case .made(let details):
      ([range] + details.related.map(\.range) + details.fixes.flatMap { $0.edits.map(\.range) }
        + (details.data?.ranges ?? [])).contains(where: predicate)
    case .leftover(let leftover): predicate(range) || predicate(leftover.deletion)
    case .compatibility(let fix):
      predicate(range) || fix.related.contains { predicate($0.range) } || fix.containsEdit(where: predicate)
    case .stray(let stray): predicate(range) || stray.relatedRange(where: predicate)
    }
  }
}

extension FindingData {
  /// The range of every cell the data names.
  var ranges: [TextRange] {
    switch self {
    case .balance(let data): ([data.cell] + data.totals + data.parts).map(\.cell.range)
    }
  }

  /// The data with the range of every cell it names moved by `move`.
  fileprivate func moved(by move: (TextRange) -> TextRange) -> FindingData {
    switch self {
    case .balance(var data):
      data.cell.cell.range = move(data.cell.cell.range)
      for index in data.totals.indices { data.totals[index].cell.range = move(data.totals[index].cell.range) }
      for index in data.parts.indices { data.parts[index].cell.range = move(data.parts[index].cell.range) }
      return .balance(data)
    }
  }
}

extension [RelatedLocation] {
  fileprivate func moved(by move: (TextRange) -> TextRange) -> [RelatedLocation] {
    map { RelatedLocation(range: move($0.range), message: $0.message) }
  }
}

extension [Fix] {
  fileprivate func moved(by move: (TextRange) -> TextRange) -> [Fix] {
    map { fix in
      let edits = fix.edits.map { TextEdit(range: move($0.range), newText: $0.newText) }
      return Fix(title: fix.title, isSafe: fix.isSafe, edits: edits)
    }
  }
}
