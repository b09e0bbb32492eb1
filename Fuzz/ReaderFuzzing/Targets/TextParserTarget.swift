import ReaderDocument

extension FuzzTarget {
    /// File bytes through decoding and parsing (`ArticleLoader.parse(bytes:)`).
    public static let textParser = FuzzTarget(
        name: "text-parser",
        summary: "file bytes → TextDecoding → ArticleParser: binary refused only for NULs, empty only for no text, articles well formed"
    ) { bytes in
        var violations = Violations()
        let hasBOM16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        switch ArticleLoader().parse(bytes: bytes, path: "/fuzz/input.txt") {
        case .failure(.binary):
            violations.expect(!hasBOM16 && bytes.prefix(8192).contains(0), "refused as binary without a NUL in the first 8 KiB")
        case .failure(.empty):
            violations.expect(bytes.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }, "refused as empty with text in it")
        case .failure(let error):
            violations.expect(false, "parse failed: \(error)")
        case .success(let article):
            violations.expect(hasBOM16 || !bytes.prefix(8192).contains(0), "a NUL in the first 8 KiB was not refused")
            violations.expect(!article.plainText.unicodeScalars.contains("\r"), "a CR survived decoding")
            violations.append(ArticleInvariants.check(article), context: "article")
            let again = ArticleLoader().parse(bytes: bytes, path: "/fuzz/input.txt")
            violations.expect(again == .success(article), "parsing the same bytes twice gave different articles")
        }
        return violations.messages
    }
}
