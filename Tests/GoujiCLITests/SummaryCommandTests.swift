import Foundation
import GoujiTestSupport
import Testing

/// `gouji summary`: the page is checked as Chromium renders it (DOM and screenshot), when Chromium is installed,
/// and as written otherwise.
@Suite struct SummaryCommandTests {
  static let chromiumPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
  static let chromium = ExternalTool.find(chromiumPaths)

  private func writeSummary() throws -> (page: URL, html: String) {
    let page = CLI.temporaryDirectory().appendingPathComponent("summary.html")
    let truncated = Fixtures.folder("GoujiDocumentsTests").appendingPathComponent("archives/truncated.docx").path
    let run = CLI.run(["summary", "-o", page.path, Fixtures.examples.path, truncated])
    #expect(run.status == 0, "\(run.err)")
    return (page, try String(contentsOf: page, encoding: .utf8))
  }

  @Test func pageIsSelfContainedWithARowPerReport() throws {
    let (_, html) = try writeSummary()
    #expect(html.components(separatedBy: "<tr class=\"report ").count - 1 == 6)
    #expect(!html.contains("<script"))
    #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 3)  // the two SVG namespaces
    #expect(!html.contains("https://"))
    #expect(html.contains("<td class=\"wrong\" title=\"GJ310\">3</td>"))
    #expect(html.contains("无法读取"))
  }

  @Test(.enabled(if: ExternalTool.shouldRun(chromiumPaths)))
  func chromiumRendersRowsChartsAndHighlightedCells() throws {
    let (page, _) = try writeSummary()
    let dom = try Self.runChromium(["--dump-dom", page.absoluteString])
    #expect(dom.components(separatedBy: "<tr class=\"report ").count - 1 == 6)
    #expect(dom.contains("<svg id=\"chart-rules\""))
    #expect(dom.contains("<svg id=\"chart-status\""))
    #expect(dom.components(separatedBy: "<rect class=\"bar\"").count - 1 >= 10)
    #expect(dom.contains("href=\"#report-1\""))
    #expect(dom.contains("id=\"report-6\""))
    let screenshot = page.deletingLastPathComponent().appendingPathComponent("summary.png")
    _ = try Self.runChromium(["--window-size=1280,1000", "--screenshot=\(screenshot.path)", page.absoluteString])
    let png = try Data(contentsOf: screenshot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 20_000)
  }

  @Test func csvHasABOMAHeaderAndOneQuotedRowPerFinding() throws {
    let example = Fixtures.examples.appendingPathComponent("000_212ac920282683c5.txt").path
    let csv = CLI.run(["check", "--format", "csv", example])
    let json = CLI.run(["check", "--format", "json", example])
    #expect(csv.status == 1)
    #expect(
      csv.out.hasPrefix("\u{FEFF}file,line,column,endLine,endColumn,severity,code,name,message,documentLocation\r\n"))
    let records = csv.out.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(records.count == json.out.components(separatedBy: "\"code\": ").count - 1)
    #expect(records.contains { $0.hasSuffix(",error,GJ310,row-total,“一、本年新收政府信息公开申请数量”的总计应为0（各项均为0），实际填写3,") })
  }

  @Test func csvQuotesFieldsWithCommasAndQuotes() throws {
    let file = CLI.temporaryDirectory().appendingPathComponent("a,\"b\".txt")
    try FileManager.default.copyItem(at: Fixtures.examples.appendingPathComponent("000_212ac920282683c5.txt"), to: file)
    let csv = CLI.run(["check", "--format", "csv", "--select", "GJ311", file.path])
    let quoted = "\"" + file.path.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    #expect(csv.out.components(separatedBy: "\r\n").dropFirst().first?.hasPrefix(quoted + ",") == true)
  }

  private static func runChromium(_ arguments: [String]) throws -> String {
    let path = try #require(chromium, "Chromium is required under CI (apt-get install chromium)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments =
      ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(CLI.temporaryDirectory().path)"]
      + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
