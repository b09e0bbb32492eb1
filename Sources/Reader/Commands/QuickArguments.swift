/// The two command lines most starts have, read without ArgumentParser: `--version` and the
/// interactive reader (paths, `--library`, `--config`, `--verbose`). ArgumentParser's first parse
/// reflects over every command's properties, which costs a start more than the rest of
/// `--version`; anything else (subcommands, help, a mistake) is left to it, so help and error
/// messages still come from the one command table.
enum QuickArguments: Equatable {
    case version
    case open(paths: [String], library: String?, config: String?, verbose: Bool)

    /// What the arguments (without the program name) ask for, when it is one of the two; nil
    /// means ArgumentParser decides.
    static func read(_ arguments: [String], commandNames: Set<String>) -> QuickArguments? {
        if arguments == ["--version"] { return .version }
        var paths: [String] = []
        var library: String?
        var config: String?
        var verbose = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--verbose" {
                verbose = true
            } else if let (name, value) = option(argument, arguments, &index) {
                // A repeated option or a missing value is ArgumentParser's to explain.
                guard let value else { return nil }
                switch name {
                case "--library":
                    guard library == nil else { return nil }
                    library = value
                case "--config":
                    guard config == nil else { return nil }
                    config = value
                default: return nil
                }
            } else if argument.hasPrefix("-") || commandNames.contains(argument) {
                return nil
            } else {
                paths.append(argument)
            }
        }
        return .open(paths: paths, library: library, config: config, verbose: verbose)
    }

    /// `--library PATH`, `--library=PATH` and the same for `--config`; nil for any other argument.
    private static func option(_ argument: String, _ arguments: [String], _ index: inout Int) -> (String, String?)? {
        for name in ["--library", "--config"] {
            if argument == name {
                guard index < arguments.count, !arguments[index].hasPrefix("-") else { return (name, nil) }
                index += 1
                return (name, arguments[index - 1])
            }
            if argument.hasPrefix(name + "=") {
                let value = String(argument.dropFirst(name.count + 1))
                return (name, value.isEmpty ? nil : value)
            }
        }
        return nil
    }
}
