import Foundation

/// Where a long Markdown file can be cut so that its beginning parses into exactly the first blocks
/// of the whole file, and the link reference definitions the beginning needs from the rest.
///
/// The cut is a blank line, outside fenced code, front matter and the HTML blocks that run across
/// blank lines, before a line at the margin that starts a new top-level block and cannot continue
/// a list, quote or indented code. Definitions (`[label]: url`) can sit anywhere, often at the end,
/// so those at the margin are gathered from the whole file and parsed after the beginning. Where
/// the rest could change how the beginning reads — a footnote definition, a definition inside a
/// quote or list — there is no cut, and the file is read whole.
enum MarkdownBeginning {
    /// The beginning's bytes: the file up to the cut, then every definition of the whole file; nil
    /// when no cut is safe between `limit / 2` and `limit`.
    static func beginning(of bytes: [UInt8], limit: Int) -> [UInt8]? {
        var scan = Scan()
        var cut: Int?
        var lineStart = 0
        var previousBlank = true
        var previousDefinition = false
        bytes.withUnsafeBufferPointer { buffer in
            while lineStart < buffer.count {
                let lineEnd = Self.lineEnd(buffer, from: lineStart)
                let line = Line(buffer, start: lineStart, end: lineEnd)
                if previousBlank, lineStart >= limit / 2, lineStart <= limit, scan.isOutsideBlocks, line.startsTopLevelBlock {
                    cut = lineStart
                }
                let definition = scan.read(line, afterBlank: previousBlank || previousDefinition)
                if scan.unsafe { return }
                previousBlank = line.isBlank
                previousDefinition = definition
                lineStart = lineEnd + 1
            }
        }
        guard !scan.unsafe, let cut else { return nil }
        var beginning = Array(bytes[..<cut])
        if !scan.definitions.isEmpty {
            beginning.append(0x0A)
            for range in scan.definitions {
                beginning.append(contentsOf: bytes[range])
                beginning.append(0x0A)
            }
        }
        return beginning
    }

    private static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress, start < buffer.count,
              let found = memchr(base + start, 0x0A, buffer.count - start) else { return buffer.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// One line's bytes, without its newline (and without a carriage return before it).
    struct Line {
        let bytes: UnsafeBufferPointer<UInt8>
        let start: Int
        let end: Int
        /// Columns of leading spaces and tabs, and where the text after them starts.
        let indent: Int
        let textStart: Int

        init(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
            self.bytes = bytes
            self.start = start
            self.end = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            var column = 0
            var index = start
            while index < self.end, bytes[index] == 0x20 || bytes[index] == 0x09 {
                column += bytes[index] == 0x09 ? 4 - column % 4 : 1
                index += 1
            }
            indent = column
            textStart = index
        }

        var isBlank: Bool { textStart == end }

        func byte(_ offset: Int) -> UInt8? {
            textStart + offset < end ? bytes[textStart + offset] : nil
        }

        func hasPrefix(_ prefix: String) -> Bool {
            var offset = 0
            for expected in prefix.utf8 {
                guard let found = byte(offset), found | (expected >= 0x61 ? 0x20 : 0) == expected else { return false }
                offset += 1
            }
            return true
        }

        func contains(_ needle: String) -> Bool {
            let needle = Array(needle.utf8)
            guard end - textStart >= needle.count else { return false }
            for index in textStart...(end - needle.count) where bytes[index] == needle[0] {
                if (1..<needle.count).allSatisfy({ bytes[index + $0] == needle[$0] }) { return true }
            }
            return false
        }

        /// The run of one fence character (``` or ~~~) the line opens with, if three or more.
        var fence: (mark: UInt8, length: Int)? {
            guard indent <= 3, let mark = byte(0), mark == 0x60 || mark == 0x7E else { return nil }
            var length = 0
            while byte(length) == mark { length += 1 }
            return length >= 3 ? (mark, length) : nil
        }

        /// At the margin with text that starts a paragraph, heading or fence of its own: never a
        /// list item, quote, table row, HTML, definition or lazy continuation of what went before.
        var startsTopLevelBlock: Bool {
            guard indent == 0, let first = byte(0) else { return false }
            if [UInt8]("-*+>|<[=_".utf8).contains(first) { return false }
            if first >= 0x30 && first <= 0x39 {
                var offset = 0
                while let digit = byte(offset), digit >= 0x30 && digit <= 0x39 { offset += 1 }
                if byte(offset) == 0x2E || byte(offset) == 0x29 { return false }
            }
            return true
        }

        /// `[label]: destination` with a label that is not a footnote's.
        var isDefinitionStart: Bool {
            guard byte(0) == 0x5B, byte(1) != 0x5E else { return false }
            var offset = 1
            while let found = byte(offset), found != 0x5D {
                if found == 0x5B { return false }
                if found == 0x5C { offset += 1 }
                offset += 1
            }
            guard offset > 1, byte(offset) == 0x5D, byte(offset + 1) == 0x3A else { return false }
            // The destination on the same line: one on the next line is left to the whole file.
            offset += 2
            while byte(offset) == 0x20 || byte(offset) == 0x09 { offset += 1 }
            return byte(offset) != nil
        }
    }

    /// What the lines so far have opened, and the definitions found.
    struct Scan {
        var definitions: [Range<Int>] = []
        /// Set when the rest of the file could change how the beginning reads.
        var unsafe = false
        private var fence: (mark: UInt8, length: Int)?
        private var htmlEnd: String?
        private var inFrontMatter = false
        private var lineNumber = 0

        var isOutsideBlocks: Bool { fence == nil && htmlEnd == nil && !inFrontMatter }

        /// Reads a line; true when it is a link reference definition at the margin.
        mutating func read(_ line: Line, afterBlank: Bool) -> Bool {
            lineNumber += 1
            if lineNumber == 1, line.hasPrefix("---") { inFrontMatter = true; return false }
            if inFrontMatter {
                if line.indent == 0, line.hasPrefix("---") || line.hasPrefix("...") { inFrontMatter = false }
                return false
            }
            if let open = fence {
                if let close = line.fence, close.mark == open.mark, close.length >= open.length { fence = nil }
                return false
            }
            if let end = htmlEnd {
                if line.contains(end) { htmlEnd = nil }
                return false
            }
            if let opened = line.fence { fence = opened; return false }
            if line.indent <= 3, let end = Self.htmlBlockEnd(line), !line.contains(end) {
                htmlEnd = end
                return false
            }
            if line.indent <= 3, line.isDefinitionStart, afterBlank {
                definitions.append(line.start..<line.end)
                return true
            }
            // A footnote, or a definition inside a quote or list item, that the beginning cannot
            // be given on its own.
            if line.contains("]:") { unsafe = true }
            return false
        }

        /// The end of the HTML blocks that blank lines do not end (CommonMark's kinds 1 to 5).
        private static func htmlBlockEnd(_ line: Line) -> String? {
            guard line.byte(0) == 0x3C else { return nil }
            if line.hasPrefix("<!--") { return "-->" }
            if line.hasPrefix("<?") { return "?>" }
            if line.hasPrefix("<![cdata[") { return "]]>" }
            if line.hasPrefix("<!") { return ">" }
            for tag in ["script", "pre", "style", "textarea"] where line.hasPrefix("<" + tag) {
                let next = line.byte(tag.utf8.count + 1)
                if next == nil || next == 0x3E || next == 0x20 || next == 0x09 { return "</" + tag + ">" }
            }
            return nil
        }
    }
}
