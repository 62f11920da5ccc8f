/// Messages framed by hand, for the tests of the framer and of a server fed malformed input.
package enum LSPFraming {
  /// `body` after `header` (by default its correct `Content-Length`) and a blank line, each line ended by `newline`.
  package static func framed(_ body: String, header: String? = nil, newline: String = "\r\n") -> [UInt8] {
    let header = header ?? "Content-Length: \(body.utf8.count)"
    return Array((header + newline + newline + body).utf8)
  }
}
