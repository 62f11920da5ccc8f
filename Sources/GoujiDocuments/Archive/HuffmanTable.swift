/// A canonical Huffman code (RFC 1951 §3.2.2) decoded by one table lookup: the table has an entry for every bit
/// pattern of the longest code's length, holding the symbol and its code's length.
struct HuffmanTable {
  /// `symbol << 4 | length`; 0 where no code starts with the pattern.
  private var entries: [UInt32]
  private let width: Int

  /// The code with these code lengths per symbol (0: symbol unused). Fails for an over-subscribed code.
  init(lengths: [Int]) throws(DocumentError) {
    width = max(1, lengths.max() ?? 1)
    var counts = [Int](repeating: 0, count: 16)
    for length in lengths where length > 0 { counts[length] += 1 }
    var remaining = 1
    var nextCode = [Int](repeating: 0, count: 16)
    var code = 0
    for length in 1...15 {
      remaining = remaining * 2 - counts[length]
      guard remaining >= 0 else { throw DocumentError("a Huffman code in the compressed data is invalid") }
      code = (code + counts[length - 1]) << 1
      nextCode[length] = code
    }
    entries = [UInt32](repeating: 0, count: 1 << width)
    for (symbol, length) in lengths.enumerated() where length > 0 {
      let reversed = Self.reverse(nextCode[length], width: length)
      nextCode[length] += 1
      var pattern = reversed
      while pattern < entries.count {
        entries[pattern] = UInt32(symbol) << 4 | UInt32(length)
        pattern += 1 << length
      }
    }
  }

  /// The next symbol of the stream.
  func decode(_ reader: inout BitReader) throws(DocumentError) -> Int {
    let entry = entries[reader.peek(width)]
    let length = Int(entry & 0xF)
    guard length > 0 else { throw DocumentError("the compressed data holds an invalid code") }
    try reader.consume(length)
    return Int(entry >> 4)
  }

  private static func reverse(_ code: Int, width: Int) -> Int {
    var result = 0
    var code = code
    for _ in 0..<width {
      result = result << 1 | code & 1
      code >>= 1
    }
    return result
  }
}
