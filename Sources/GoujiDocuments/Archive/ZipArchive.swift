/// A ZIP archive (the container of .docx files) read from its bytes: the central directory, and entries that are
/// stored or DEFLATE-compressed, checked against their CRC-32.
///
/// Limits keep a hostile file harmless: an entry may inflate to at most ``entryLimit`` bytes and at most
/// ``ratioLimit`` times its compressed size. ZIP64, encrypted entries and other compression methods are refused
/// with a message saying so.
package struct ZipArchive: Sendable {
  /// One file in the archive, as the central directory describes it.
  package struct Entry: Sendable, Equatable {
    package var name: String
    var method: Int
    var flags: Int
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeaderOffset: Int
  }

  package static let entryLimit = 64 << 20
  package static let ratioLimit = 1_000

  private let bytes: [UInt8]
  package let entries: [Entry]

  package init(_ bytes: [UInt8]) throws(DocumentError) {
    self.bytes = bytes
    entries = try ZipArchive.readCentralDirectory(bytes)
  }

  /// The entry named `name`, if the archive has one.
  package func entry(named name: String) -> Entry? { entries.first { $0.name == name } }

  /// The uncompressed contents of `entry`, its CRC-32 checked.
  package func contents(of entry: Entry) throws(DocumentError) -> [UInt8] {
    guard entry.flags & 1 == 0 else { throw DocumentError("\(entry.name) is encrypted") }
    guard entry.size <= Self.entryLimit else {
      throw DocumentError("\(entry.name) would inflate to \(entry.size) bytes, more than gouji reads (a zip bomb?)")
    }
    guard entry.size <= max(entry.compressedSize, 1) * Self.ratioLimit else {
      throw DocumentError(
        "\(entry.name) would inflate \(entry.size / max(entry.compressedSize, 1)) times (a zip bomb?)")
    }
    let reader = ByteReader(bytes)
    let header = entry.localHeaderOffset
    guard try reader.uint32(at: header) == 0x0403_4B50 else {
      throw DocumentError("\(entry.name)'s local header is damaged")
    }
    let start = header + 30 + (try reader.uint16(at: header + 26)) + (try reader.uint16(at: header + 28))
    let stored = try reader.slice(at: start, count: entry.compressedSize)
    let data: [UInt8]
    switch entry.method {
    case 0: data = Array(stored)
    case 8: data = try Inflater.inflate(Array(stored), limit: entry.size)
    default: throw DocumentError("\(entry.name) uses compression method \(entry.method), which gouji does not read")
    }
    guard data.count == entry.size else {
      throw DocumentError("\(entry.name) inflates to a different size than recorded")
    }
    guard CRC32.checksum(data) == entry.crc else { throw DocumentError("\(entry.name) is damaged (CRC-32 mismatch)") }
    return data
  }

  private static func readCentralDirectory(_ bytes: [UInt8]) throws(DocumentError) -> [Entry] {
    let reader = ByteReader(bytes)
    let end = try endOfCentralDirectory(bytes)
    let count = try reader.uint16(at: end + 10)
    let directorySize = try reader.uint32(at: end + 12)
    let directoryOffset = try reader.uint32(at: end + 16)
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      throw DocumentError("the archive is a ZIP64 archive, which gouji does not read")
    }
    var entries: [Entry] = []
    var offset = directoryOffset
    for _ in 0..<count {
      guard try reader.uint32(at: offset) == 0x0201_4B50 else {
        throw DocumentError("the archive's directory is damaged")
      }
      let nameLength = try reader.uint16(at: offset + 28)
      let entry = Entry(
        name: String(decoding: try reader.slice(at: offset + 46, count: nameLength), as: UTF8.self),
        method: try reader.uint16(at: offset + 10), flags: try reader.uint16(at: offset + 8),
        crc: UInt32(try reader.uint32(at: offset + 16)), compressedSize: try reader.uint32(at: offset + 20),
        size: try reader.uint32(at: offset + 24), localHeaderOffset: try reader.uint32(at: offset + 42)
      )
      if entry.size == 0xFFFF_FFFF || entry.compressedSize == 0xFFFF_FFFF || entry.localHeaderOffset == 0xFFFF_FFFF {
        throw DocumentError("the archive is a ZIP64 archive, which gouji does not read")
      }
      entries.append(entry)
      offset += 46 + nameLength + (try reader.uint16(at: offset + 30)) + (try reader.uint16(at: offset + 32))
    }
    return entries
  }

  /// The offset of the end-of-central-directory record: searched backwards over the longest possible comment.
  private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(DocumentError) -> Int {
    guard bytes.count >= 22 else { throw DocumentError("not a ZIP archive (too short)") }
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var offset = bytes.count - 22
    while offset >= lowest {
      if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x05, bytes[offset + 3] == 0x06 {
        return offset
      }
      offset -= 1
    }
    let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    throw DocumentError(isZip ? "the ZIP archive is truncated (no central directory)" : "not a ZIP archive")
  }
}

/// Little-endian numbers at offsets of a byte array, every read bounds-checked.
private struct ByteReader {
  let bytes: [UInt8]
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  func slice(at offset: Int, count: Int) throws(DocumentError) -> ArraySlice<UInt8> {
    guard offset >= 0, count >= 0, offset <= bytes.count - count else {
      throw DocumentError("the archive is truncated or damaged (a record points past its end)")
    }
    return bytes[offset..<offset + count]
  }

  func uint16(at offset: Int) throws(DocumentError) -> Int {
    let slice = try slice(at: offset, count: 2)
    return Int(slice[offset]) | Int(slice[offset + 1]) << 8
  }

  func uint32(at offset: Int) throws(DocumentError) -> Int {
    try uint16(at: offset) | (try uint16(at: offset + 2)) << 16
  }
}
