import ArgumentParser
import Foundation
import ReaderDocument

/// What becomes of the highlights of what `reader remove` and `reader feed remove` take out of the
/// library: as the flags say, else asked on a terminal, else refused so that no note is lost unasked.
struct RemovedHighlights {
    var count: Int
    /// Whose highlights they are, with its verb: "the article has", "the items of X have".
    var owner: String
    /// The `reader export` command that saves them first.
    var export: String

    /// Whether to delete the highlights; nil when the user cancels at the prompt.
    func shouldDelete(keep: Bool, delete: Bool) throws -> Bool? {
        guard count > 0 && !keep && !delete else { return delete }
        guard isatty(STDIN_FILENO) == 1 else {
            Diagnostics.error("\(owner) \(phrase); export them first ('\(export)'), then rerun with --keep-highlights or --delete-highlights")
            throw ExitCode(ExitStatus.usage)
        }
        FileHandle.standardError.write(Data("\(owner.prefix(1).uppercased())\(owner.dropFirst()) \(phrase). [k]eep them orphaned, [d]elete them, or [c]ancel? ".utf8))
        switch readLine()?.lowercased().first {
        case "k": return false
        case "d": return true
        default:
            FileHandle.standardError.write(Data("Nothing removed.\n".utf8))
            return nil
        }
    }

    /// What the removal's report says of them: "; 2 highlights kept", or nothing when there were none.
    func outcome(deleted: Bool) -> String {
        count > 0 ? "; \(phrase) \(deleted ? "deleted" : "kept")" : ""
    }

    var phrase: String { "\(count) highlight\(count == 1 ? "" : "s")" }
}
