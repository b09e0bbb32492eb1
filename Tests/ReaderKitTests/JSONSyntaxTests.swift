import Foundation
import Testing
@testable import ReaderDocument

/// Explaining why annotation JSON does not parse: where, and what was expected.
@Suite struct JSONSyntaxTests {
    func error(_ text: String) -> JSONSyntaxError? {
        JSONSyntax.firstError(in: Array(text.utf8))
    }

    @Test func validJSONHasNoError() {
        for text in ["{}", "[]", " {\"a\": [1, -2.5e+3, 0, true, false, null, \"x\\n\\u00e9\"]}\n", "\u{FEFF}[\"é\"]", "\"just a string\"", "0",
                     // Foundation takes a trailing comma, so the check (which explains its refusals) does too.
                     "[1,]", "{\"a\": 1,}"] {
            #expect(error(text) == nil, "\(text)")
            #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) != nil, "agrees with Foundation: \(text)")
        }
    }

    @Test func theFirstErrorIsPlacedByLineAndColumnWithWhatWasExpected() {
        let cases: [(String, Int, Int, String)] = [
            ("{\n  \"type\": \"Annotation\",\n  \"target\" {}\n}", 3, 12, "expected ':' after the key, found '{'"),
            ("{\"items\": [1, 2}", 1, 16, "expected ',' or ']' after an array element, found '}'"),
            ("{\"a\": 1,,}", 1, 9, "expected a key in double quotes, found ','"),
            ("[\"é\", x]", 1, 7, "expected a value (an object, array, string, number, true, false or null), found 'x'"),
            ("{\"a\": \"open", 1, 12, "expected '\"' to close the string, found the end of the data"),
            ("{\"a\": \"bad \\q\"}", 1, 13, "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hex digits), found 'q'"),
            ("[01]", 1, 3, "expected ',' or ']' after an array element, found '1'"),
            ("{} {}", 1, 4, "expected the end of the data after the top-level value, found '{'"),
            ("", 1, 1, "expected a value (an object, array, string, number, true, false or null), found the end of the data"),
            ("[tru]", 1, 5, "expected true, found ']'"),
        ]
        for (text, line, column, expected) in cases {
            let found = error(text)
            #expect(found?.line == line && found?.column == column, "\(text): \(String(describing: found))")
            #expect(found?.expected == expected, "\(text)")
            #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)) == nil, "Foundation rejects \(text) too")
        }
    }

    @Test func annotationParsingReportsThePosition() throws {
        let text = "{\n  \"type\": \"AnnotationCollection\",\n  \"items\": [\n    {\"type\": \"Annotation\" \"target\": {}}\n  ]\n}"
        var thrown: W3CAnnotations.ParseError?
        do {
            _ = try W3CAnnotations.parse(Data(text.utf8))
        } catch {
            thrown = error
        }
        guard case .invalidJSON(let syntax) = thrown else {
            Issue.record("expected the position of the error, got \(String(describing: thrown))")
            return
        }
        #expect(syntax.line == 4 && syntax.column == 27)
        #expect(Array(text.utf8)[syntax.offset] == UInt8(ascii: "\""), "the offset is the byte where it goes wrong")
        #expect(syntax.expected == "expected ',' or '}' after an object member, found '\"'")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let found = error(String(repeating: "[", count: 100_000))
        #expect(found?.expected.hasPrefix("nesting deeper than 512 levels") == true)
    }
}
