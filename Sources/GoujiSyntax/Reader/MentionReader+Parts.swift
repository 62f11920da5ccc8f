import GoujiText

/// A long region's year statements and notice citations read through views of its parts rather than one view of
/// all of it (9 bytes a character: a text without headings is all prologue, and 5 MB of line feeds held 90 MB of
/// views and their making). Each part is read in a view that reaches ``NarrativeWindow/mentionReach`` characters
/// past it on either side, as far as a reading looks from where it starts, and keeps what starts in the part: the
/// same readings, in the same order, as one view of the region.
extension MentionReader {
  /// The length, in bytes, of the parts of a long region; a region of at most two parts is read in one view.
  static let partLength = 1 << 16

  /// ``yearMentions(_:in:partLength:)`` and ``notices(_:in:partLength:)`` of `region`. A region read in one view
  /// (most are) has its matching view made only when its display view, in which the years are read, says it may cite a
  /// notice (``mayCiteNotices(_:)``): few do, and the second view was half the cost of both scans. One view is alive
  /// at a time.
  static func mentions(_ text: SourceText, in region: TextRange, partLength: Int = partLength)
    -> (years: [YearMention], notices: [NoticeCitation])
  {
    guard RegionParts(text, region: region, partLength: partLength, mode: .display) == nil else {
      return (yearMentions(text, in: region, partLength: partLength), notices(text, in: region, partLength: partLength))
    }
    let (years, mayCite) = { () -> ([YearMention], Bool) in
      let display = NormalizedText(text, range: region, mode: .display)
      return (yearMentions(in: display), mayCiteNotices(display))
    }()
    guard mayCite else { return (years, []) }
    return (years, notices(text, in: NormalizedText(text, range: region, mode: .matching)))
  }

  /// ``yearMentions(in:startingIn:)`` of a display view of `region`, read in parts of `partLength` bytes when longer.
  static func yearMentions(_ text: SourceText, in region: TextRange, partLength: Int = partLength) -> [YearMention] {
    guard let parts = RegionParts(text, region: region, partLength: partLength, mode: .display) else {
      return yearMentions(in: NormalizedText(text, range: region, mode: .display))
    }
    var found: [YearMention] = []
    _ = parts.readEach { view, part in
      found += yearMentions(in: view, startingIn: part)
      return true
    }
    // One view lists every 统计期限 sentence's years, then the statements'; each part lists its own so.
    return found.filter { $0.kind == .period } + found.filter { $0.kind != .period }
  }

  /// ``notices(_:in:startingIn:)`` of a matching view of `region`, read in parts of `partLength` bytes when longer;
  /// in one view after all when a part's view holds a long run of digits (a citation's serial number is read to the
  /// end of its digits, which could run past the view).
  static func notices(_ text: SourceText, in region: TextRange, partLength: Int = partLength) -> [NoticeCitation] {
    var found: [NoticeCitation] = []
    let read = RegionParts(text, region: region, partLength: partLength, mode: .matching)?.readEach { view, part in
      guard !ReportReader.hasLongDigitRun(view) else { return false }
      found += notices(text, in: view, startingIn: part)
      return true
    }
    return read == true ? found : notices(text, in: NormalizedText(text, range: region, mode: .matching))
  }
}

/// A long region cut into parts of about `partLength` bytes at character boundaries, and read through views that
/// slide along it: each part's view holds the part and at least ``NarrativeWindow/mentionReach`` characters of the
/// view on either side (up to the region's edges). The views of the parts are made once each, and those no view
/// reaches any more are dropped, so what is held is a few parts' views whatever the region's length.
struct RegionParts {
  private let text: SourceText
  private let mode: NormalizedText.Mode
  private let reach: Int
  /// Where each part starts, and the region's end.
  private let cuts: [Int]

  /// The parts of `region`; `nil` when it has at most two, or a reading may look farther than a part.
  init?(_ text: SourceText, region: TextRange, partLength: Int, mode: NormalizedText.Mode) {
    // The length first: a text of `一、x` lines has a region a line, and the reach is looked up under a lock.
    guard partLength >= 4, region.length > 2 * partLength else { return nil }
    let reach = NarrativeWindow.mentionReach
    guard reach < partLength else { return nil }
    var cuts = [region.start]
    while let last = cuts.last, last < region.end {
      cuts.append(min(region.end, text.scalarBoundary(atOrBefore: last + partLength)))
    }
    (self.text, self.mode, self.reach, self.cuts) = (text, mode, reach, cuts)
  }

  /// Calls `read` with each part's view and the range of the part's characters in it, in text order, while it
  /// answers `true`; whether every part was read.
  func readEach(_ read: (NormalizedText, Range<Int>) -> Bool) -> Bool {
    let count = cuts.count - 1
    var views: [NormalizedText?] = Array(repeating: nil, count: count)
    var counts = Array(repeating: 0, count: count)
    /// The parts with characters from `first` on (`held[first...]`), in order: those the next view may join.
    var held: [Int] = []
    var first = 0
    var (low, before, high, after) = (0, 0, -1, 0)
    func make(_ index: Int) {
      let view = NormalizedText(text, range: TextRange(start: cuts[index], end: cuts[index + 1]), mode: mode)
      counts[index] = view.count
      guard view.count > 0 else { return }
      views[index] = view
      held.append(index)
    }
    for part in 0..<count {
      if part > 0 { before += counts[part - 1] }
      while low < part && before - counts[low] >= reach {
        before -= counts[low]
        views[low] = nil
        low += 1
      }
      while first < held.count && held[first] < low { first += 1 }
      if high < part {
        make(part)
        (high, after) = (part, 0)
      } else {
        after -= counts[part]
      }
      while after < reach && high + 1 < count {
        high += 1
        make(high)
        after += counts[high]
      }
      let window = NormalizedText(joining: held[first...].compactMap { views[$0] })
      guard read(window, before..<(before + counts[part])) else { return false }
    }
    return true
  }
}
