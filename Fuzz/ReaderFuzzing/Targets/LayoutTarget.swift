import ReaderText
import ReaderDocument
import ReaderCore

extension FuzzTarget {
    /// Text at a size through sanitising, wrapping, the article layout, the screen and `reader show`.
    ///
    /// Input: width byte, height byte, then the file's bytes.
    public static let layout = FuzzTarget(
        name: "layout",
        summary: "width, height, text → TextSanitizer, TextWrapper, ArticleLayout, ScreenRenderer, PlainTextRenderer"
    ) { bytes in
        var input = FuzzInput(bytes)
        let width = input.int(in: 1...160)
        let height = input.int(in: 1...60)
        let body = input.rest()
        let text = (try? TextDecoding.decode(body).text) ?? String(decoding: body, as: UTF8.self)
        let article = ArticleParser().parse(text, id: ArticleID("/fuzz/layout.txt"), sourcePath: "/fuzz/layout.txt")
        var violations = Violations()

        let inline = TextSanitizer.sanitize(text, keepNewlines: false)
        violations.expect(UnsafeScalars.found(in: inline, allowing: UnsafeScalars.joiners).isEmpty, "sanitize(keepNewlines: false) left \(UnsafeScalars.found(in: inline, allowing: UnsafeScalars.joiners))")
        let multiline = TextSanitizer.sanitize(text)
        violations.expect(UnsafeScalars.found(in: multiline, allowing: UnsafeScalars.joiners.union(["\n", "\t"])).isEmpty,
                          "sanitize left \(UnsafeScalars.found(in: multiline, allowing: UnsafeScalars.joiners.union(["\n", "\t"])))")

        let layout = ArticleLayout(article: article, width: width)
        for block in 0..<layout.blockCount {
            let scalars = layout.scalars(ofBlock: block)
            violations.append(WrapInvariants.check(scalars, rows: layout.rows(ofBlock: block), width: width), context: "block \(block) at \(width)")
        }
        violations.append(LayoutInvariants.check(layout), context: "layout at \(width)")

        let shown = PlainTextRenderer.render(article, width: width)
        violations.expect(UnsafeScalars.found(in: shown, allowing: UnsafeScalars.joiners.union(["\n"])).isEmpty,
                          "reader show printed \(UnsafeScalars.found(in: shown, allowing: UnsafeScalars.joiners.union(["\n"])))")
        for (number, line) in shown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let columns = DisplayWidth.columns(of: line)
            // A URL wider than the width is printed whole (so it can be copied).
            violations.expect(columns <= width || line.unicodeScalars.filter({ DisplayWidth.columns($0) > 0 }).count == 1
                              || TextWrapper.urlScalars(Array(line.unicodeScalars)).contains(true)
                              || Self.isWideOnlyByOneCharacter(line, width: width),
                              "reader show line \(number) is \(columns) columns at width \(width)")
        }

        var state = ReaderState(articles: [article], size: Size(width: width, height: height))
        for event in [InputEvent.key(.enter), .key(.character("G")), .key(.pageUp), .key(.tab), .key(.character("?"))] {
            state = Reducer.reduce(state, .input(event)).state
            violations.append(FrameInvariants.check(ScreenRenderer.render(state)), context: "frame after \(event)")
        }
        return violations.messages
    }

    /// A line past the width only because its last word is one character wider than the row.
    static func isWideOnlyByOneCharacter(_ line: Substring, width: Int) -> Bool {
        guard let last = line.split(separator: " ").last, last.count == 1 else { return false }
        return DisplayWidth.columns(of: last) > width
    }
}
