import Foundation
import GoujiSyntax
import GoujiText
import Testing

@testable import GoujiServer

/// Workspace files are looked through on their own queue, and a lookup stops between files when told to.
@Suite struct WorkspaceLookupTests {
  @Test func aLookupStopsBetweenFilesWhenTheFilesChanged() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-lookup-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(SampleTexts.lastYear.utf8).write(to: folder.appendingPathComponent("last.txt"))
    let index = WorkspaceReportIndex()
    index.folders = [folder]
    let thisYear = try #require(ReportKey(previousOf: ReportReader.read(SourceText(SampleTexts.thisYear))))
    var asked = 0
    let stopped = index.report(thisYear, excluding: []) {
      asked += 1
      return false
    }
    #expect(stopped == nil && asked == 1)
    let found = index.report(thisYear, excluding: [])
    #expect(found?.path.hasSuffix("last.txt") == true)
  }

  @Test func twoFilesOfOneBodyAndYearAreNoAnswer() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-lookup-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(SampleTexts.lastYear.utf8).write(to: folder.appendingPathComponent("last.txt"))
    try Data(SampleTexts.lastYear.utf8).write(to: folder.appendingPathComponent("last copy.txt"))
    let index = WorkspaceReportIndex()
    index.folders = [folder]
    let thisYear = try #require(ReportKey(previousOf: ReportReader.read(SourceText(SampleTexts.thisYear))))
    #expect(index.report(thisYear, excluding: []) == nil)
    let excludingTheCopy = index.report(thisYear, excluding: [folder.appendingPathComponent("last copy.txt").path])
    #expect(excludingTheCopy?.path.hasSuffix("last.txt") == true)
  }
}
