import Dispatch
import Foundation
import GoujiAnalysis
import GoujiConfiguration
import GoujiRules
import GoujiSyntax
import GoujiText

/// `gouji check`: checks files (in parallel, on all cores), prints findings, optionally applies safe fixes.
enum CheckCommand {
  static func run(_ arguments: [String], io: CommandIO) -> Int32 {
    do {
      guard let options = try CheckOptions.parse(arguments) else {
        io.out(Help.check)
        return 0
      }
      return try check(options, io: io)
    } catch let error as UsageError {
      let language = errorLanguage(arguments, io: io)
      io.err("gouji check: \(error.message(language))\n")
      return 2
    } catch let error as InputError {
      let language = errorLanguage(arguments, io: io)
      io.err("gouji: \(error.message(language))\n")
      return 2
    } catch {
      io.err("gouji check: \(error)\n")
      return 2
    }
  }

  private static func check(_ options: CheckOptions, io: CommandIO) throws -> Int32 {
    if options.fix && options.paths.contains("-") {
      throw UsageError(zh: "--fix 不能改写标准输入", en: "--fix cannot rewrite standard input")
    }
    let (configuration, language) = try resolve(options, io: io)
    let (paths, missing) = FileCollector.collect(options.paths)
    let lastYears = try LastYears(paths, options: options, configuration: configuration, io: io)
    var failed = !missing.isEmpty
    for error in missing { io.err("gouji: \(error.message(language))\n") }
    var stream = CheckOutput(options: options, language: language, io: io).stream(to: io)
    checkAll(paths, options: options, configuration: configuration, lastYears: lastYears, output: stream.output, io: io)
    {
      switch $0 {
      case .success(let outcome): stream.add(outcome)
      case .failure(let error):
        failed = true
        io.err("gouji: \(error.message(language))\n")
      }
    }
    // With no file checked (every path missing or unreadable), a summary would only say that nothing was found.
    stream.finish(summary: !(stream.tally.files == 0 && failed))
    if failed { return 2 }
    return stream.tally.hasError ? 1 : 0
  }

  /// Checks and renders every file on all cores, and hands the outcomes to `deliver` in the order of `paths`. Each
  /// check tells `lastYears` what it read, for a later file whose last year's report it is.
  private static func checkAll(
    _ paths: [String], options: CheckOptions, configuration: RuleConfiguration, lastYears: LastYears,
    output: CheckOutput,
    io: CommandIO, deliver: (Result<FileOutcome, InputError>) -> Void
  ) {
    OrderedWork.run(
      count: paths.count,
      work: { index in
        let checked = Result {
          try checkFile(
            paths[index], fix: options.fix, unsafe: options.unsafeFixes, configuration: configuration,
            lastYears: lastYears, io: io
          )
        }
        let file = try? checked.get()
        lastYears.checked(paths[index], as: file?.analysis.report, source: file?.path ?? paths[index])
        return checked.map(output.file).mapError {
          $0 as? InputError ?? InputError(path: paths[index], zh: "\($0)", en: "\($0)")
        }
      }, deliver: deliver)
  }

  private static func checkFile(
    _ path: String, fix: Bool, unsafe: Bool, configuration: RuleConfiguration, lastYears: LastYears, io: CommandIO
  ) throws -> CheckedFile {
    let input = try InputFile.read(path, io: io)
    var text = SourceText(input.decoded.text)
    let (displayPath, document, encoding) = (input.displayPath, input.document, input.decoded.encoding)
    let byteOrderMark = input.decoded.hasByteOrderMark
    _ = consume input  // The file's bytes and decoded string: two more copies of the text, not needed any more.
    var applied = 0
    if fix, document == nil {
      AtomicWriter.removeLeftovers(of: path)
      (text, applied) = Analyzer.applyingFixes(
        text, includingUnsafe: unsafe, configuration: configuration, lookup: lastYears, document: path
      )
      if applied > 0 {
        let bytes = try TextDecoding.encode(text.string, as: encoding, byteOrderMark: byteOrderMark)
        try AtomicWriter.write(bytes, to: path)
      }
    }
    let analysis = Analyzer.analyze(text, configuration: configuration, lookup: lastYears, document: path)
    return CheckedFile(path: displayPath, analysis: analysis, fixesApplied: applied, document: document)
  }

  /// The rule configuration and the message language of `check` and `summary`: the settings' rules (a problem in
  /// them is a usage error), and `--lang`, else the settings' language, else the environment's.
  static func resolve(_ options: CheckOptions, io: CommandIO) throws -> (RuleConfiguration, Language) {
    let settings = try loadSettings(options)
    let (configuration, problems) = settings.ruleConfiguration()
    if let problem = problems.first { throw UsageError(zh: "配置：\(problem)", en: "configuration: \(problem)") }
    let language = options.language ?? settings.language.flatMap(Language.init(rawValue:)) ?? environmentLanguage(io)
    return (configuration, language)
  }

  /// The project configuration file (the same the language server reads), then the command line's options.
  private static func loadSettings(_ options: CheckOptions) throws -> ConfigurationSettings {
    var settings = ConfigurationSettings()
    let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    if let path = options.configPath ?? ProjectConfigurationFile.find(from: current) {
      let (read, problems) = ProjectConfigurationFile.read(path)
      if let problem = problems.first { throw InputError(path: path, zh: problem, en: problem) }
      settings = read
    }
    if let select = options.select { settings.select = select }
    settings.ignore += options.ignore
    return settings
  }

  /// The language of an error met before the options are resolved: `--lang` as written, else the environment's.
  static func errorLanguage(_ arguments: [String], io: CommandIO) -> Language {
    CheckOptions.requestedLanguage(arguments) ?? environmentLanguage(io)
  }

  /// English when the environment's locale asks for it (`LC_ALL`, `LC_MESSAGES`, `LANG`), else Chinese.
  static func environmentLanguage(_ io: CommandIO) -> Language {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { io.environment[$0] }.first { !$0.isEmpty }
    return Language(locale: locale)
  }
}
