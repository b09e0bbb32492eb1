import ReaderText
import ReaderEntities

/// Collects text into body blocks the way a browser lays out HTML: runs of white space become one
/// space (except in preformatted text), blocks are trimmed, and inline styles are recorded as
/// scalar ranges of the block they fall in.
struct StyledTextBuilder {
    private(set) var blocks: [BodyBlock] = []
    /// The block's text as UTF-8: appending bytes is much cheaper than appending scalars to a String.
    private var text: [UInt8] = []
    /// The block's length in Unicode scalars.
    private var length = 0
    private var kind: TextBlock.Kind = .paragraph
    private var styles: [InlineStyle] = []
    /// Scalars at the block's start that are not content (a list bullet).
    private var prefixLength = 0
    private var pendingSpace = false
    /// The pending space is a line break (a block's end inside a table cell).
    private var pendingBreak = false
    private var lastWasSpace = true
    /// Inside `<pre>`: white space and newlines are kept.
    var preformatted = false
    /// Blocks longer than this are cut: a hostile page cannot make one block of gigabytes.
    static let maximumBlockLength = 1_000_000

    /// Ends the current block and starts one of `kind`; an empty current block just changes kind.
    mutating func startBlock(_ kind: TextBlock.Kind, prefix: String = "") {
        finishBlock()
        self.kind = kind
        if !prefix.isEmpty {
            text.append(contentsOf: prefix.utf8)
            length = prefix.unicodeScalars.count
            prefixLength = length
            lastWasSpace = prefix.unicodeScalars.last == " "
        }
    }

    /// The blocks built, handed over without a copy; the builder is left empty.
    mutating func takeBlocks() -> [BodyBlock] {
        finishBlock()
        defer { blocks = [] }
        return blocks
    }

    /// Ends the current block and adds blocks built elsewhere (an HTML fragment's).
    mutating func appendBlocks(_ more: [BodyBlock]) {
        finishBlock()
        blocks.append(contentsOf: more)
    }

    /// Ends the current block, keeping it if it holds any content.
    mutating func finishBlock() {
        if kind == .code {
            while let last = text.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: " ") {
                text.removeLast()
                length -= 1
            }
        }
        if length > prefixLength {
            // Styles are never empty as added; one exact-sized copy, so `styles` keeps its buffer.
            blocks.append(BodyBlock(kind: kind, text: String(decoding: text, as: UTF8.self), styles: Array(styles)))
        }
        text.removeAll(keepingCapacity: true)
        length = 0
        prefixLength = 0
        styles.removeAll(keepingCapacity: true)
        pendingSpace = false
        pendingBreak = false
        lastWasSpace = true
    }

    var currentKind: TextBlock.Kind { kind }
    /// The current block's length in scalars so far (spaces waiting to be written not counted).
    var scalarLength: Int { length }

    /// Changes the kind of the block being built (a table's, once its shape is known).
    mutating func setKind(_ kind: TextBlock.Kind) { self.kind = kind }

    /// Appends a newline that is not white space to collapse: the end of a table cell.
    mutating func appendSeparator() {
        guard length < Self.maximumBlockLength else { return }
        pendingSpace = false
        pendingBreak = false
        appendScalar("\n")
        lastWasSpace = true
    }
    var endsWithLineBreak: Bool { text.last == UInt8(ascii: "\n") }
    var hasContent: Bool { length > prefixLength }
    /// Styles the prefix, its trailing space left out (a footnote's "[^1]").
    mutating func stylePrefix(_ kind: InlineStyle.Kind) {
        let end = prefixLength - (text.last == UInt8(ascii: " ") ? 1 : 0)
        if end > 0 { styles.append(InlineStyle(kind, start: 0, end: end)) }
    }

    /// The block holds its prefix (a list bullet) and nothing else yet.
    var holdsOnlyPrefix: Bool { prefixLength > 0 && length == prefixLength }

    /// Appends text, collapsing white space unless preformatted.
    mutating func append(_ string: String) {
        for scalar in string.unicodeScalars {
            guard length < Self.maximumBlockLength else { return }
            append(scalar)
        }
    }

    /// Appends UTF-8 text, collapsing white space unless preformatted. Runs of printable ASCII
    /// (words and the single spaces between them: nearly all of a page) are copied whole;
    /// anything else goes scalar by scalar.
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var position = bytes.startIndex
        let end = bytes.endIndex
        while position < end {
            guard length < Self.maximumBlockLength else { return }
            if Self.isPrintableASCII(bytes[position]) {
                var runEnd = position + 1
                while runEnd < end {
                    let byte = bytes[runEnd]
                    if Self.isPrintableASCII(byte) {
                        runEnd += 1
                    } else if byte == 0x20, runEnd + 1 < end, Self.isPrintableASCII(bytes[runEnd + 1]) {
                        // A single space between words reads the same collapsed or not.
                        runEnd += 2
                    } else {
                        break
                    }
                }
                runEnd = min(runEnd, position + Self.maximumBlockLength - length)
                flushSpace()
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<runEnd]))
                length += runEnd - position
                lastWasSpace = false
                position = runEnd
                continue
            }
            let (scalar, width) = Self.decodeScalar(bytes, at: position)
            position += width
            append(scalar)
        }
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        if preformatted {
            appendScalar(scalar == "\r" ? "\n" : scalar)
            return
        }
        if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
            if !lastWasSpace && length > prefixLength { pendingSpace = true }
            return
        }
        flushSpace()
        appendScalar(scalar)
    }

    /// The scalar starting at `position` and its length in bytes; a malformed sequence is one
    /// U+FFFD per byte.
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[position]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard width > 0, position + width <= bytes.endIndex else { return ("\u{FFFD}", 1) }
        var iterator = bytes[position..<position + width].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, width) }
        return ("\u{FFFD}", 1)
    }

    /// A hard line break (`<br>`).
    mutating func lineBreak() {
        guard length > prefixLength else { return }
        pendingSpace = false
        appendScalar("\n")
        lastWasSpace = true
    }

    /// Where a style that starts now begins; spaces waiting to be written come before it.
    mutating func styleStart() -> Int {
        flushSpace()
        return length
    }

    mutating func addStyle(_ kind: InlineStyle.Kind, from start: Int) {
        guard start < length else { return }
        styles.append(InlineStyle(kind, start: start, end: length))
    }

    /// Appends text that is not from the document (a "[1]" marker) with a style of its own.
    mutating func appendMarker(_ marker: String, style: InlineStyle.Kind) {
        let start = length
        for scalar in marker.unicodeScalars { appendScalar(scalar) }
        if length > start { styles.append(InlineStyle(style, start: start, end: length)) }
        pendingSpace = false
    }

    private mutating func flushSpace() {
        if pendingSpace {
            appendScalar(pendingBreak ? "\n" : " ")
            pendingSpace = false
            pendingBreak = false
        }
    }

    /// A line break written only if more text follows, and never two: blocks inside a table cell.
    mutating func softLineBreak() {
        guard !lastWasSpace || pendingSpace else { return }
        pendingSpace = true
        pendingBreak = true
    }

    /// Every scalar passes the sanitiser that all article text passes.
    private mutating func appendScalar(_ scalar: Unicode.Scalar) {
        var scalar = scalar
        switch TextSanitizer.glyph(for: scalar) {
        case .keep: break
        case .hide: return
        case .replace(let placeholder): scalar = placeholder
        }
        if scalar.value < 0x80 {
            text.append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { text.append($0) }
        }
        length += 1
        lastWasSpace = scalar == " " || scalar == "\n"
    }
}
