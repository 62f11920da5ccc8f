import Foundation
import GoujiDocuments
import GoujiTestSupport
import Testing

/// The inflater against raw DEFLATE streams made by zlib (`Scripts/make-archive-fixtures.py`): fixed and dynamic
/// Huffman blocks, stored blocks, distances up to 32768, several blocks separated by flushes.
@Suite struct InflaterTests {
  static let folder = ZipArchiveTests.archives.appendingPathComponent("deflate")

  struct Stream: Sendable, CustomTestStringConvertible {
    var file: String
    var size: Int
    var crc: UInt32
    var testDescription: String { file }
  }

  static let streams: [Stream] = {
    let data = Data(Fixtures.bytes(folder.appendingPathComponent("manifest.json")))
    guard let entries = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { return [] }
    return entries.compactMap { entry in
      guard let file = entry["file"] as? String, let size = entry["size"] as? Int, let crc = entry["crc32"] as? Int
      else { return nil }
      return Stream(file: file, size: size, crc: UInt32(crc))
    }
  }()

  @Test func manifestListsEveryKindOfStream() {
    #expect(
      Set(Self.streams.map(\.file)).isSuperset(of: [
        "fixed.deflate", "dynamic.deflate", "stored.deflate", "long-distance.deflate",
      ]))
  }

  @Test(arguments: streams)
  func inflatesAsZlibCompressed(_ stream: Stream) throws {
    let input = Fixtures.bytes(Self.folder.appendingPathComponent(stream.file))
    let output = try Inflater.inflate(input, limit: 1 << 24)
    #expect(output.count == stream.size)
    #expect(CRC32.checksum(output) == stream.crc)
  }

  @Test func outputBeyondTheLimitFails() throws {
    let input = Fixtures.bytes(Self.folder.appendingPathComponent("dynamic.deflate"))
    #expect(throws: DocumentError.self) { try Inflater.inflate(input, limit: 1000) }
  }

  @Test func truncatedAndCorruptedStreamsFailWithoutCrashing() throws {
    let input = Fixtures.bytes(Self.folder.appendingPathComponent("fixed.deflate"))
    for length in stride(from: 0, to: input.count - 1, by: 7) {
      #expect(throws: DocumentError.self) { try Inflater.inflate(Array(input[0..<length]), limit: 1 << 20) }
    }
    var generator = SeededGenerator(seed: 1951)
    for _ in 0..<300 {
      var bytes = input
      bytes[Int.random(in: 0..<bytes.count, using: &generator)] ^= UInt8.random(in: 1...255, using: &generator)
      _ = try? Inflater.inflate(bytes, limit: 1 << 20)
    }
    #expect(throws: DocumentError.self) { try Inflater.inflate([0xFF], limit: 10) }
  }
}
