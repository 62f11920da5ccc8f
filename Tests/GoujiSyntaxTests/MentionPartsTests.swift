import GoujiText
import Testing

@testable import GoujiSyntax

/// A long region's year statements and notice citations, read through views of its parts
/// (``MentionReader/yearMentions(_:in:partLength:)``, ``MentionReader/notices(_:in:partLength:)``), are those of one
/// view of the whole region, wherever a mention stands against the parts' cuts.
@Suite struct MentionPartsTests {
  /// Filler prose with CJK, an astral character and CRLF line ends.
  private static let filler = String(repeating: "本机关𠀀依法公开政府信息。\r\n", count: 40)

  /// The mentions placed across a cut: a period sentence, a statement, a citation by number and one by title.
  private static let mentions =
    "统计期限为2023年1月1日至2023年\r\n12月31日。本机关公布2023年度政府信息公开工作年度报告，"
    + "依据国办公开办函〔2021〕30号及《中华人民共和国政府信息公开工作年度报告格式》。\r\n"

  /// A part just longer than a reading looks, so the region has several parts and each view only a little margin.
  private static var partLength: Int { NarrativeWindow.mentionReach + 64 }

  /// The text with `mentions` starting `offset` bytes before the first cut between parts (ASCII padding places it).
  private static func text(_ mentions: String, offset: Int) -> SourceText {
    let head = String(repeating: "a", count: partLength - offset)
    return SourceText(head + mentions + filler + filler)
  }

  @Test func partsReadWhatOneViewReads() {
    for offset in stride(from: -40, through: Self.mentions.utf8.count + 40, by: 3) {
      let text = Self.text(Self.mentions, offset: offset)
      let region = text.fullRange
      #expect(RegionParts(text, region: region, partLength: Self.partLength, mode: .display) != nil)
      let years = MentionReader.yearMentions(in: NormalizedText(text, range: region, mode: .display))
      let notices = MentionReader.notices(text, in: NormalizedText(text, range: region, mode: .matching))
      #expect(years.count == 3 && notices.count == 2, "\(years) \(notices)")
      #expect(MentionReader.yearMentions(text, in: region, partLength: Self.partLength) == years, "offset \(offset)")
      #expect(MentionReader.notices(text, in: region, partLength: Self.partLength) == notices, "offset \(offset)")
    }
  }

  /// A region read in one view reads the years and the citations its two views read, the matching view made only
  /// where the display view says a citation may be: citations broken by spaces, quotes and CRLF, beside CJK and an
  /// astral character, and a text without any.
  @Test(arguments: [
    mentions, "依据国 办“公开办函”〔2021〕30号及《中华人民共和国政府信息公开\r\n工作年度报告格式》。\r\n", filler,
    "国务院办公厅关于印发有关规定，中华民族的中心工作。𠀀\r\n",
  ])
  func oneViewReadsWhatBothViewsRead(_ written: String) {
    let text = SourceText(written)
    let region = text.fullRange
    #expect(RegionParts(text, region: region, partLength: MentionReader.partLength, mode: .display) == nil)
    let years = MentionReader.yearMentions(in: NormalizedText(text, range: region, mode: .display))
    let notices = MentionReader.notices(text, in: NormalizedText(text, range: region, mode: .matching))
    let read = MentionReader.mentions(text, in: region)
    #expect(read.years == years && read.notices == notices)
    let display = NormalizedText(text, range: region, mode: .display)
    #expect(MentionReader.mayCiteNotices(display) == !notices.isEmpty)
  }

  /// A long region read in parts reads through them, as ``partsReadWhatOneViewReads()`` checks.
  @Test func aLongRegionIsReadInParts() {
    let text = Self.text(Self.mentions, offset: 10)
    let read = MentionReader.mentions(text, in: text.fullRange, partLength: Self.partLength)
    #expect(read.years == MentionReader.yearMentions(text, in: text.fullRange, partLength: Self.partLength))
    #expect(read.notices == MentionReader.notices(text, in: text.fullRange, partLength: Self.partLength))
    #expect(read.years.count == 3 && read.notices.count == 2)
  }

  /// A serial number written with a run of zeros longer than a part's view runs past it: the region is read in one
  /// view.
  @Test func aLongSerialAcrossACutIsReadWhole() {
    let mention = "依据国办公开办函〔2021〕" + String(repeating: "0", count: 3 * Self.partLength) + "30号。"
    for offset in [8, 20, 40, 60] {
      let text = Self.text(mention, offset: offset)
      let whole = MentionReader.notices(text, in: NormalizedText(text, range: text.fullRange, mode: .matching))
      #expect(whole.count == 1)
      #expect(MentionReader.notices(text, in: text.fullRange, partLength: Self.partLength) == whole)
    }
  }

  /// The joined views of adjacent stretches are the view of their whole range, in both modes.
  @Test func joinedViewsAreTheWholeView() {
    let text = SourceText(Self.filler + " “引号”，【括号】 " + Self.filler)
    for mode in [NormalizedText.Mode.display, .matching] {
      let whole = NormalizedText(text, range: text.fullRange, mode: mode)
      let cuts = [0, 7, 7, 100, text.scalarBoundary(atOrBefore: 301), text.count]
      let joined = NormalizedText(
        joining: zip(cuts, cuts.dropFirst()).map { start, end in
          NormalizedText(text, range: TextRange(start: start, end: end), mode: mode)
        })
      #expect(joined.scalars == whole.scalars)
      #expect(joined.sourceRanges == whole.sourceRanges)
    }
  }

  /// The work is bounded: every character is viewed in one part, and a view holds at most three parts and two
  /// margins however long the region (a megabyte of line feeds here, a view of which held 9 bytes a character).
  @Test func viewsHoldAFewPartsWhateverTheLength() throws {
    let text = SourceText(String(repeating: "\n", count: 1_000_000))
    let partLength = 4096
    let parts = try #require(RegionParts(text, region: text.fullRange, partLength: partLength, mode: .display))
    var (viewed, largest, views) = (0, 0, 0)
    let read = parts.readEach { view, part in
      (viewed, largest, views) = (viewed + part.count, max(largest, view.count), views + 1)
      return true
    }
    #expect(read && viewed == 1_000_000 && views == (1_000_000 + partLength - 1) / partLength)
    #expect(largest <= 3 * partLength + 2 * NarrativeWindow.mentionReach)
  }
}
