import GoujiText
import LanguageServerProtocol

extension PositionUnit {
  /// The unit a position encoding counts in, if gouji supports it (all three the protocol defines).
  init?(_ encoding: PositionEncodingKind) {
    self.init(rawValue: encoding.rawValue)
  }

  /// The encoding to use with a client that offers `offered`, most preferred first: the first one gouji supports,
  /// and UTF-16 when the client offers none (the protocol's default, which every client supports).
  static func negotiated(from offered: [PositionEncodingKind]) -> PositionUnit {
    offered.lazy.compactMap(PositionUnit.init).first ?? .utf16
  }

  var positionEncoding: PositionEncodingKind {
    PositionEncodingKind(rawValue: rawValue)
  }
}
