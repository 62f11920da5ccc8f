import GoujiAnalysis
import GoujiSyntax
import GoujiText

/// The command line's lookup of last year's report: the file `--previous` names, the same for every file checked.
struct PreviousReportFile: PreviousReportLookup {
  /// The report in the file, and its path; `nil` without `--previous`.
  var previous: PreviousReport?

  /// Reads the file at `path` (none: no last year's report).
  init(path: String?, io: CommandIO) throws {
    previous = try path.map { path in
      PreviousReport(report: ReportReader.read(SourceText(try InputFile.read(path, io: io).decoded.text)), source: path)
    }
  }

  func previousReport(for report: Report, of document: DocumentID) -> PreviousReport? {
    previous
  }
}
