import Foundation
import GoujiConfiguration
import LanguageServerProtocol

extension LanguageServer {
  /// Sets the folders searched for last year's reports and for `.gouji.json`.
  func setWorkspaceFolders(_ folders: [URL]) {
    workspaceFolders = folders
    forgetWorkspaceAnswers()
    workspaceQueue.async { [workspaceIndex] in workspaceIndex.folders = folders }
    settings.file = folders.first.flatMap(ProjectConfigurationFile.load(near:))
  }

  func didChangeWorkspaceFolders(_ notification: DidChangeWorkspaceFoldersNotification) {
    let removed = Set(notification.event.removed.compactMap { FileURI.url($0.uri) })
    let added = notification.event.added.compactMap { FileURI.url($0.uri) }
    setWorkspaceFolders(workspaceFolders.filter { !removed.contains($0) } + added)
    filesChanged()
  }

  func didChangeWatchedFiles(_ notification: DidChangeWatchedFilesNotification) {
    for change in notification.changes {
      guard let path = FileURI.path(change.uri) else { continue }
      if path.hasSuffix("/" + ProjectConfigurationFile.name) {
        settings.file = workspaceFolders.first.flatMap(ProjectConfigurationFile.load(near:))
      } else {
        workspaceQueue.async { [workspaceIndex] in workspaceIndex.invalidate(path: path) }
      }
    }
    filesChanged()
  }

  /// After files on disk changed: new settings apply, and last year's report may be another one now.
  func filesChanged() {
    forgetWorkspaceAnswers()
    applySettings()
    documents.invalidateAnalyses()
    refreshAllDiagnostics()
  }

  /// Drops what lookups found and stops those running: the files changed.
  func forgetWorkspaceAnswers() {
    workspaceGeneration.withLock { $0 += 1 }
    workspaceAnswers = [:]
    pendingLookups = []
  }
}
