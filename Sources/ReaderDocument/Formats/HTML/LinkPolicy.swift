import Foundation
import ReaderText

/// Which links may be handed to a browser: http, https and file URLs only. javascript: and data:
/// links, and every other scheme, are shown but never opened.
public enum LinkPolicy {
    public enum Decision: Equatable, Sendable {
        case open(String)
        case refuse(String)
    }

    public static let openableSchemes: Set<String> = ["http", "https", "file"]

    public static func decide(_ url: String) -> Decision {
        let trimmed = url.trimmingWhitespace()
        guard let scheme = scheme(of: trimmed) else { return .refuse("not an absolute link: \(shown(trimmed))") }
        guard openableSchemes.contains(scheme) else { return .refuse("\(scheme): links are not opened") }
        // Control characters or spaces in a URL are never what a page meant.
        guard trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }), URL(string: trimmed) != nil else {
            return .refuse("malformed link: \(shown(trimmed))")
        }
        return .open(trimmed)
    }

    /// The lower-cased scheme of an absolute URL ("javascript" for "JavaScript:alert(1)"), else nil.
    /// Browsers ignore tabs and newlines inside a scheme, so they are ignored here too.
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            if scalar == "\t" || scalar == "\n" || scalar == "\r" { continue }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isOther = ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!scheme.isEmpty && isOther) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    private static func shown(_ url: String) -> String {
        TextTruncation.truncate(TextSanitizer.sanitize(url, keepNewlines: false), toColumns: 60)
    }
}
