import Foundation
import GoujiSyntax
import GoujiTestSupport
import GoujiText
import Testing

/// The reader never fails: arbitrary text gives a report whose every range lies inside the text.
@Suite struct ReaderRobustnessTests {
  private func checkRanges(_ text: SourceText, _ context: String) {
    let report = ReportReader.read(text)
    for range in report.allRanges {
      #expect(range.start >= 0 && range.end <= text.count && range.start <= range.end, "\(context): \(range)")
      #expect(text.clamp(range) == range, "\(context): \(range) splits a character")
    }
  }

  /// Inputs a fuzzer crashed the reader with (`Fixtures/reproducers/fuzz-*`, raw bytes, kept minimised): each is read
  /// again, with every range inside the text. The files also seed `Scripts/fuzz.sh`.
  static let fuzzReproducers: [String] = {
    let folder = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("reproducers")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasPrefix("fuzz-") }.sorted()
  }()

  @Test func fuzzReproducersArePresent() {
    #expect(Self.fuzzReproducers.contains("fuzz-reader-stream-grid-short-row.txt"))
    #expect(Self.fuzzReproducers.contains("fuzz-reread-nul-in-header-word.bin"))
  }

  /// A `fuzz-reader-*` file is read as it is; a `fuzz-reread-*` file is the `reread` target's input (``RereadInput``):
  /// re-reading after its edit must equal reading the edited text (a NUL in a header word once trapped inside
  /// Foundation's string search).
  @Test(arguments: fuzzReproducers)
  func fuzzReproducer(_ name: String) throws {
    let url = Fixtures.folder("GoujiSyntaxTests").appendingPathComponent("reproducers").appendingPathComponent(name)
    let bytes = Array(try Data(contentsOf: url))
    guard name.hasPrefix("fuzz-reread-") else { return checkRanges(SourceText(bytes: bytes), name) }
    let input = try #require(RereadInput(bytes))
    let previous = ReportReader.read(input.text)
    let edited = previous.text.applyingSequentially([input.edit])
    #expect(ReportReader.reread(previous, after: input.edit) == ReportReader.read(edited))
    checkRanges(edited, name)
  }

  @Test(arguments: Fixtures.exampleNames)
  func shuffledLinesOfAnExample(_ name: String) {
    let lines = Fixtures.example(name).components(separatedBy: "\n")
    var generator = SeededGenerator(seed: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
    for round in 0..<20 {
      let shuffled = lines.shuffled(using: &generator).joined(separator: round.isMultiple(of: 2) ? "\n" : "\r\n")
      checkRanges(SourceText(shuffled), "\(name) shuffle \(round)")
    }
  }

  @Test(arguments: Fixtures.exampleNames)
  func truncationsOfAnExample(_ name: String) {
    let bytes = Array(Fixtures.example(name).utf8)
    for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
      checkRanges(SourceText(bytes: Array(bytes[0..<length])), "\(name) truncated at \(length)")
    }
  }

  @Test func randomBytesDecodedLeniently() {
    var generator = SeededGenerator(seed: 42)
    let alphabet = Array("一二三四五六七、（）()0123456789 \t\n\r总计本年新收政府信息公开申请数量𠀀😀⼀".utf8)
    for round in 0..<300 {
      let length = Int.random(in: 0..<600, using: &generator)
      let bytes = (0..<length).map { _ in
        Bool.random(using: &generator)
          ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
      }
      checkRanges(SourceText(bytes: bytes), "random \(round)")
    }
  }

  @Test func splicedTablesFromDifferentExamples() {
    let texts = Fixtures.exampleNames.map(Fixtures.example)
    var generator = SeededGenerator(seed: 7)
    for round in 0..<40 {
      let pieces = texts.map { text -> Substring in
        let characters = Array(text)
        let start = Int.random(in: 0..<max(1, characters.count), using: &generator)
        let end = min(characters.count, start + Int.random(in: 0..<3000, using: &generator))
        return Substring(String(characters[start..<end]))
      }
      checkRanges(SourceText(pieces.joined()), "splice \(round)")
    }
  }

  @Test func emptyAndTinyTexts() {
    for text in ["", "\n", "\r", "\r\n", "\t", "一、", "三、收到和处理政府信息公开申请情况", "（七）总计", "0000000", "𠀀"] {
      checkRanges(SourceText(text), "«\(text)»")
    }
  }
}
