/// Reads a DEFLATE stream's bits least significant first (RFC 1951 §3.1.1), refilling a 64-bit buffer by bytes.
struct BitReader {
  private let input: [UInt8]
  private(set) var position: Int
  private var buffer: UInt64 = 0
  private(set) var count = 0

  init(_ input: [UInt8], from position: Int = 0) {
    self.input = input
    self.position = position
  }

  /// Fills the buffer with as many whole bytes as fit.
  mutating func refill() {
    while count <= 56, position < input.count {
      buffer |= UInt64(input[position]) << UInt64(count)
      position += 1
      count += 8
    }
  }

  /// The next `width` bits without consuming them (missing bits past the end read as zero).
  mutating func peek(_ width: Int) -> Int {
    if count < width { refill() }
    return Int(buffer & ((1 << UInt64(width)) - 1))
  }

  /// Consumes `width` bits that ``peek(_:)`` has shown; fails when the stream has fewer.
  mutating func consume(_ width: Int) throws(DocumentError) {
    guard width <= count else { throw DocumentError("the compressed data ends early") }
    buffer >>= UInt64(width)
    count -= width
  }

  /// Reads `width` bits (at most 32) as a number.
  mutating func read(_ width: Int) throws(DocumentError) -> Int {
    let value = peek(width)
    try consume(width)
    return value
  }

  /// Drops the bits up to the next byte boundary and hands the whole bytes still buffered back to the input, so
  /// the following bytes can be read directly (stored blocks).
  mutating func alignToByte() {
    count -= count % 8
    position -= count / 8
    buffer = 0
    count = 0
  }

  /// `length` bytes read directly at a byte boundary (after ``alignToByte()``).
  mutating func readBytes(_ length: Int) throws(DocumentError) -> ArraySlice<UInt8> {
    guard length <= input.count - position else { throw DocumentError("the compressed data ends early") }
    defer { position += length }
    return input[position..<position + length]
  }
}
