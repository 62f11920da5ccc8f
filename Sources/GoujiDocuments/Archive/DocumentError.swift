/// Why a document could not be read: the file is not what its name says, is damaged, or asks for more than gouji
/// will do (an encrypted or ZIP64 archive, a zip bomb). The message names the cause in plain words.
package struct DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
  package var reason: String
  package init(_ reason: String) { self.reason = reason }
  package var description: String { reason }
}
