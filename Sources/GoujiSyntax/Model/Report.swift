import GoujiFormats
import GoujiText

/// What the reader understood of a report: an immutable value for one version of the text.
package struct Report: Sendable, Equatable {
  package var text: SourceText
  package var title: ReportTitle?
  /// The calendar year the report covers, from the title, else the statistics period, else other statements.
  package var reportYear: Int?
  package var yearMentions: [YearMention] = []
  package var notices: [NoticeCitation] = []
  /// The date under the signature.
  package var signatureDate: DateMention?
  /// The six sections found, in text order.
  package var sections: [Section] = []
  /// Headings numbered like sections that are not section starts (duplicates, headings out of place), kept
  /// compactly: a text of `一、x` lines has one a line.
  package var strayHeadings = StrayHeadings()
  /// Where an appendix (`附件…`) starts, if any; nothing from there on is read as part of the report proper.
  package var appendixStart: Int?
  package var table2: ReadTable?
  package var table3: ReadTable?
  package var table4: ReadTable?
  /// The format the tables follow, decided from their labels.
  package var tableFormat: FormatID?
  package var formatEvidence: [FormatEvidence] = []
  package var artifacts: [Artifact] = []
  /// Page numbers, running headers and web page chrome.
  package var furniture: [TextRange] = []
  package var problems: [ReadingProblem] = []
  /// The formats in use when the report was read (``ReportFormats/all``): its format-dependent properties read them,
  /// and the rules and features run under them (``withItsFormats(_:)``), wherever the report is analysed.
  package var formats: FormatCatalogue = ReportFormats.catalogue
  /// The reader's description of every line of `text`, kept with the reading so that a re-read after an edit copies
  /// the descriptions of the lines the edit left alone instead of describing every line again
  /// (``lineInfos(after:in:)``). Equal for equal texts, so it never makes two readings differ.
  var lineInfos: LineInfos?

  package init(text: SourceText) {
    self.text = text
  }

  /// The format the report year requires; `nil` when the year is unknown or before 2019.
  package var expectedFormat: FormatID? {
    reportYear.flatMap { formats.format(forYear: $0)?.id }
  }

  /// Whether the report covers a year before the national format existed.
  package var isPre2019: Bool {
    guard let reportYear else { return false }
    return reportYear < formats.firstYear
  }

  /// The format the tables are read against: the tables' own, else the year's, else the newest.
  package var effectiveFormat: ReportFormat {
    (tableFormat ?? expectedFormat).map(formats.format) ?? formats.latest
  }

  /// Runs `body` with the formats the report was read with in use (``ReportFormats``): how re-reading, the rules and the editor features see a synthetic format outside the call that read the report.
  package func withItsFormats<Result>(_ body: () throws -> Result) rethrows -> Result {
    try ReportFormats.using(formats, body)
  }

  package func section(_ number: Int) -> Section? { sections.first { $0.number == number } }

  /// The tables read, in the order of their sections.
  package var readTables: [ReadTable] { [table2, table3, table4].compactMap { $0 } }

  package func table(_ id: TableID) -> ReadTable? {
    switch id {
    case .table2: table2
    case .table3: table3
    case .table4: table4
    }
  }

  /// The text forms of the tables taken together.
  package var textForm: TextForm? {
    TextForm.combined([table2?.form, table3?.form, table4?.form].compactMap { $0 })
  }
}
