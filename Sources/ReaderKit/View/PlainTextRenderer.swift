/// An article as plain, sanitised text for pipes and scripts (`reader show`).
public enum PlainTextRenderer {
    public static func render(_ article: Article, width: Int) -> String {
        let width = max(1, width)
        var output: [String] = []
        for block in article.blocks {
            if !output.isEmpty { output.append("") }
            let scalars = Array(block.text.unicodeScalars)
            for range in TextWrapper.wrap(scalars, width: width) {
                output.append(TextSanitizer.sanitize(String(String.UnicodeScalarView(scalars[range])), keepNewlines: false))
            }
        }
        return output.joined(separator: "\n") + "\n"
    }
}
