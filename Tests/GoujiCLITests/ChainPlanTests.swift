import Foundation
import GoujiRules
import GoujiTestSupport
import GoujiText
import Testing

@testable import GoujiCLI

/// How `gouji check` gets last year's summaries: from last year's own check when that comes first (each file read
/// once), read beforehand otherwise; and the handover between two checks.
@Suite struct ChainPlanTests {
  static func path(_ name: String) -> String { CrossYearChainTests.path(name) }
  static let years = ["qinghe-2021.txt", "qinghe-2022.txt", "qinghe-2023.txt"].map(path)
  static let decoy = path("qinghe-office-2022.txt")

  @Test func lastYearsCheckHandsItsSummaryOverWhenItComesFirst() {
    let plan = LastYears.chains(Self.years + [Self.decoy], fixing: false, io: .standard)
    #expect(plan.ready.isEmpty)
    #expect(plan.handedOver == [Self.years[1]: Self.years[0], Self.years[2]: Self.years[1]])
  }

  @Test func lastYearIsReadBeforeTheCheckWhenItComesLater() {
    let plan = LastYears.chains(Self.years.reversed(), fixing: false, io: .standard)
    #expect(plan.handedOver.isEmpty)
    #expect(Set(plan.ready.keys) == [Self.years[1], Self.years[2]])
    #expect(plan.ready[Self.years[2]]?.year == 2022 && plan.ready[Self.years[2]]?.source == Self.years[1])
  }

  @Test func fixReadsLastYearBeforeItsCheckRewritesIt() {
    let plan = LastYears.chains(Self.years, fixing: true, io: .standard)
    #expect(plan.handedOver.isEmpty)
    #expect(plan.ready[Self.years[1]]?.year == 2021 && plan.ready[Self.years[2]]?.year == 2022)
  }

  @Test func aTitleWithoutItsYearIsReadForTheYearAndKeepsItsSummary() throws {
    let folder = CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = try String(contentsOfFile: Self.years[1], encoding: .utf8)
    let title = "2022年政府信息公开工作年度报告"
    let found = try #require(text.range(of: title))
    let untitled = text.replacingCharacters(in: found, with: title.dropFirst("2022年".count))
    let copy = folder.appendingPathComponent("untitled.txt").path
    try untitled.write(toFile: copy, atomically: true, encoding: .utf8)
    let plan = LastYears.chains([Self.years[0], copy, Self.years[2]], fixing: false, io: .standard)
    #expect(plan.handedOver == [copy: Self.years[0]])
    #expect(plan.ready[Self.years[2]]?.year == 2022 && plan.ready[Self.years[2]]?.source == copy)
  }

  @Test func aWaitingCheckGetsTheSummaryPutLaterOrNothingWhenLastYearCouldNotBeRead() throws {
    let summary = try #require(LastYears.chains(Self.years.reversed(), fixing: false, io: .standard).ready.first?.value)
    let handover = SummaryHandover(expected: ["a", "b"])
    let waiting = DispatchGroup()
    let got = Locked<[String: PreviousYear?]>([:])
    for path in ["a", "b"] {
      DispatchQueue.global().async(group: waiting) {
        let found = handover.summary(of: path)
        got.withLock { $0[path] = .some(found) }
      }
    }
    Thread.sleep(forTimeInterval: 0.02)
    #expect(got.withLock { $0 }.isEmpty)
    handover.put(summary, of: "a")
    handover.put(nil, of: "b")
    #expect(waiting.wait(timeout: .now() + 10) == .success)
    let expected: [String: PreviousYear?] = ["a": summary, "b": nil]
    #expect(got.withLock { $0 } == expected)
    handover.put(nil, of: "a")
    #expect(handover.summary(of: "a") == summary)
    #expect(handover.summary(of: "c") == nil)
  }
}
