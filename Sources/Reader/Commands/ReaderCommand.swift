import ArgumentParser
import ReaderKit

@main
struct ReaderCommand: ParsableCommand {
    static func main() {
        main(ArgumentRewriting.fillingLibraryDefault(Array(CommandLine.arguments.dropFirst())))
    }

    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "A terminal reader for news articles.",
        discussion: "With no paths, opens the bundled sample articles. Press ? inside for the keys.",
        version: ReaderVersion.current,
        subcommands: [
            OpenCommand.self, ShowCommand.self, EntitiesCommand.self, ImportCommand.self, ListCommand.self, SearchCommand.self,
            AnnotateCommand.self, ExportCommand.self, ImportAnnotationsCommand.self, RemoveCommand.self,
            FeedCommand.self, RefreshCommand.self,
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
