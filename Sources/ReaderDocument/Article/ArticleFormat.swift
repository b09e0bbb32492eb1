/// How an article file is read, by its extension.
public enum ArticleFormat: Sendable, Equatable {
    case plainText, markdown, html

    public init(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let pathExtension = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        switch pathExtension {
        case "html", "htm", "xhtml": self = .html
        case "md", "markdown": self = .markdown
        default: self = .plainText
        }
    }
}
