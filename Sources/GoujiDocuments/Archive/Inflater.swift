/// Decompresses raw DEFLATE data (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
///
/// The output is bounded: a stream that would inflate beyond `limit` bytes fails instead of filling memory (a zip
/// bomb), and every malformed stream fails with a ``DocumentError``, never a crash.
package enum Inflater {
  package static func inflate(_ input: [UInt8], limit: Int) throws(DocumentError) -> [UInt8] {
    var reader = BitReader(input)
    var output: [UInt8] = []
    output.reserveCapacity(min(limit, input.count * 4))
    var isFinal = false
    while !isFinal {
      isFinal = try reader.read(1) == 1
      switch try reader.read(2) {
      case 0: try copyStored(&reader, into: &output, limit: limit)
      case 1: try inflateBlock(&reader, codes: fixedCodes, into: &output, limit: limit)
      case 2: try inflateBlock(&reader, codes: try readDynamicCodes(&reader), into: &output, limit: limit)
      default: throw DocumentError("the compressed data uses an invalid block type")
      }
    }
    return output
  }

  /// The literal/length and distance codes of one block.
  private struct BlockCodes {
    var literals: HuffmanTable
    var distances: HuffmanTable
  }

  private static let fixedCodes: BlockCodes = {
    let literalLengths = (0..<288).map { symbol in symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8 }
    // The fixed codes are complete by construction.
    return BlockCodes(
      literals: try! HuffmanTable(lengths: literalLengths),
      distances: try! HuffmanTable(lengths: Array(repeating: 5, count: 30))
    )
  }()

  private static func copyStored(_ reader: inout BitReader, into output: inout [UInt8], limit: Int)
    throws(DocumentError)
  {
    reader.alignToByte()
    let header = try reader.readBytes(4)
    let length = Int(header[header.startIndex]) | Int(header[header.startIndex + 1]) << 8
    let complement = Int(header[header.startIndex + 2]) | Int(header[header.startIndex + 3]) << 8
    guard length == ~complement & 0xFFFF else { throw DocumentError("a stored block's length is damaged") }
    guard output.count + length <= limit else { throw tooLarge(limit) }
    output += try reader.readBytes(length)
  }

  /// The order in which the code-length code's lengths are stored (RFC 1951 §3.2.7).
  private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

  private static func readDynamicCodes(_ reader: inout BitReader) throws(DocumentError) -> BlockCodes {
    let literalCount = try reader.read(5) + 257
    let distanceCount = try reader.read(5) + 1
    let codeLengthCount = try reader.read(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw DocumentError("a block declares too many codes") }
    var codeLengthLengths = [Int](repeating: 0, count: 19)
    for index in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[index]] = try reader.read(3) }
    let codeLengthCode = try HuffmanTable(lengths: codeLengthLengths)
    var lengths: [Int] = []
    while lengths.count < literalCount + distanceCount {
      let symbol = try codeLengthCode.decode(&reader)
      switch symbol {
      case 0...15: lengths.append(symbol)
      case 16:
        guard let previous = lengths.last else { throw DocumentError("a code-length repeat has nothing to repeat") }
        lengths += repeatElement(previous, count: 3 + (try reader.read(2)))
      case 17: lengths += repeatElement(0, count: 3 + (try reader.read(3)))
      default: lengths += repeatElement(0, count: 11 + (try reader.read(7)))
      }
    }
    guard lengths.count == literalCount + distanceCount else {
      throw DocumentError("code lengths overrun the block's codes")
    }
    guard lengths[256] > 0 else { throw DocumentError("a block has no end-of-block code") }
    return BlockCodes(
      literals: try HuffmanTable(lengths: Array(lengths[0..<literalCount])),
      distances: try HuffmanTable(lengths: Array(lengths[literalCount...]))
    )
  }

  private static let lengthBases = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  private static let lengthExtraBits = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBases = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
  ]
  private static let distanceExtraBits = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]

  private static func inflateBlock(
    _ reader: inout BitReader, codes: BlockCodes, into output: inout [UInt8], limit: Int
  ) throws(DocumentError) {
    while true {
      let symbol = try codes.literals.decode(&reader)
      if symbol < 256 {
        guard output.count < limit else { throw tooLarge(limit) }
        output.append(UInt8(symbol))
        continue
      }
      if symbol == 256 { return }
      let lengthIndex = symbol - 257
      guard lengthIndex < lengthBases.count else { throw DocumentError("the compressed data holds an invalid length") }
      let length = lengthBases[lengthIndex] + (try reader.read(lengthExtraBits[lengthIndex]))
      let distanceIndex = try codes.distances.decode(&reader)
      guard distanceIndex < distanceBases.count else {
        throw DocumentError("the compressed data holds an invalid distance")
      }
      let distance = distanceBases[distanceIndex] + (try reader.read(distanceExtraBits[distanceIndex]))
      guard distance <= output.count else { throw DocumentError("the compressed data refers back before its start") }
      guard output.count + length <= limit else { throw tooLarge(limit) }
      var from = output.count - distance
      for _ in 0..<length {
        output.append(output[from])
        from += 1
      }
    }
  }

  private static func tooLarge(_ limit: Int) -> DocumentError {
    DocumentError("the compressed data inflates to more than \(limit) bytes (a zip bomb?)")
  }
}
