import GoujiSyntax
import GoujiText

/// GJ102's findings on the report's stray headings, made when read from them: the report keeps the headings (36
/// bytes each and their titles' UTF-8, ``StrayHeadings``) for the features, and a text of `一、x` lines has one a line, so keeping each finding too (56 bytes)
/// held both. What a finding says about the section its number repeats is made once per section and shared.
struct StrayHeadingFindings: FindingSource {
  /// The report's stray headings, shared with the report.
  let headings: StrayHeadings
  /// The report's sections, shared with the report.
  let sections: [Section]
  /// For each section, by index, what a finding repeating its number says about it.
  let repeated: [StrayHeading.RepeatedSection]

  init(_ context: RuleContext) {
    headings = context.report.strayHeadings
    sections = context.report.sections
    repeated = sections.map { section in
      let heading = section.heading
      return StrayHeading.RepeatedSection(
        range: heading.range, line: context.text.line(containing: heading.range.start) + 1, title: heading.title
      )
    }
  }

  var count: Int { headings.count }

  func range(at index: Int) -> TextRange { headings.range(at: index) }

  /// The finding on a top-level heading that is not one of the report's sections (kept compact: ``StrayHeading``).
  func finding(at index: Int) -> Finding {
    let heading = headings[index]
    let container = sections.last { $0.heading.range.start < heading.range.start }
    let insideOther = container.map { $0.number != heading.number } ?? false
    let place: StrayHeading.Place
    if !insideOther,
      let same = sections.firstIndex(where: {
        $0.heading.number == heading.number && $0.heading.range != heading.range
      })
    {
      place = .repeated(repeated[same], isEarlier: sections[same].heading.range.start < heading.range.start)
    } else {
      place = .inside(container: container.map { UInt8($0.number) })
    }
    let stray = StrayHeading(title: heading.title, place: place, number: UInt16(heading.number))
    return Finding(range: heading.range, stray: stray)
  }
}
