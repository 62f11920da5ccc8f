import Foundation
import Testing

/// The test process's scratch folder: every temporary directory lives in it, and its removal empties locked folders
/// and removes links without following them.
@Suite struct ScratchFolderTests {
  @Test func temporaryDirectoriesAreFreshFoldersInsideTheScratchFolder() {
    let first = CLI.temporaryDirectory(), second = CLI.temporaryDirectory()
    #expect(first != second)
    #expect(first.deletingLastPathComponent().standardizedFileURL.path == ScratchFolder.root.standardizedFileURL.path)
    var isFolder: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: second.path, isDirectory: &isFolder) && isFolder.boolValue)
  }

  @Test func removalEmptiesLockedFoldersAndLeavesLinkedFilesAlone() throws {
    let manager = FileManager.default
    let folder = CLI.temporaryDirectory(), outside = CLI.temporaryDirectory()
    let kept = outside.appendingPathComponent("报告𠀀.txt")
    try Data("一、总体情况\r\n".utf8).write(to: kept)
    let locked = folder.appendingPathComponent("locked/inner")
    try manager.createDirectory(at: locked, withIntermediateDirectories: true)
    try Data("x".utf8).write(to: locked.appendingPathComponent("a.txt"))
    try manager.createSymbolicLink(at: folder.appendingPathComponent("link"), withDestinationURL: outside)
    try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
    try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.deletingLastPathComponent().path)
    ScratchFolder.remove(folder)
    #expect(!manager.fileExists(atPath: folder.path))
    #expect(try String(contentsOf: kept, encoding: .utf8) == "一、总体情况\r\n")
  }
}
