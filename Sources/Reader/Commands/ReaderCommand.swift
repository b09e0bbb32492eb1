import ArgumentParser
import ReaderCore

@main
struct ReaderCommand: ParsableCommand {
    static func main() {
        let arguments = ArgumentRewriting.fillingLibraryDefault(Array(CommandLine.arguments.dropFirst()))
        switch QuickArguments.read(arguments, commandNames: commandNames) {
        case .version:
            print(ReaderVersion.current)
            return
        case .open(let paths, let library, let config, let verbose):
            run(OpenCommand(paths: paths, library: LibraryOptions(path: library), global: GlobalOptions(config: config, verbose: verbose)))
            return
        case nil:
            break
        }
        if let (topic, configPath) = HelpTopic.requested(in: arguments) {
            print(topic.text(config: ConfigFile.load(explicitPath: configPath)), terminator: "")
            return
        }
        do {
            run(try parseAsRoot(arguments))
        } catch {
            exit(withError: error)
        }
    }

    /// The words that name a subcommand (or help) as the first argument; a path spelt like one is
    /// left to ArgumentParser, as it always was. Written out because working them out from
    /// `configuration` costs a start about 0.3 ms; `QuickArgumentsTests` checks they agree.
    static let commandNames: Set<String> = [
        "open", "add", "show", "entities", "import", "list", "search", "annotate", "export", "import-annotations", "remove",
        "tags", "feed", "refresh", "config", "help", "sync",
    ]

    private static func run(_ command: ParsableCommand) {
        var command = command
        ReaderLog.bootstrap(verbose: (command as? HasGlobalOptions)?.global.verbose ?? false)
        ReaderLog.logger.info("start", metadata: ["command": "\(type(of: command).configuration.commandName ?? "reader")", "version": "\(ReaderVersion.current)"])
        do {
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "A terminal reader for news articles.",
        discussion: """
            With no paths, opens the library (the bundled samples at first). Inside, the help key lists the keys in effect ('?' unless the config binds another); 'reader help keys' prints them.

            Help topics: \(HelpTopic.allCases.map { "'reader help \($0.rawValue)' (\($0.summary))" }.joined(separator: "; ")).
            """,
        version: ReaderVersion.current,
        subcommands: [
            OpenCommand.self, AddCommand.self, ShowCommand.self, EntitiesCommand.self, ImportCommand.self, ListCommand.self, SearchCommand.self,
            AnnotateCommand.self, ExportCommand.self, ImportAnnotationsCommand.self, RemoveCommand.self, TagsCommand.self,
            FeedCommand.self, RefreshCommand.self, ConfigCommand.self, SyncCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )
}

enum ReaderVersion {
    static let current = "0.1.0"
}

/// Exit statuses from sysexits.h.
enum ExitStatus {
    static let noInput: Int32 = 66
    static let software: Int32 = 70
    static let cannotOpenLibrary: Int32 = 74
}
