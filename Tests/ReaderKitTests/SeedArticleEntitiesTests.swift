import Foundation
import Testing
@testable import ReaderEntities

/// The seed article's entities, pinned as the entity issue states them.
@Suite struct SeedArticleEntitiesTests {
    static let recognizer: EntityRecognizer? = try? EntityResources.recognizer()

    func spans() throws -> [EntitySpan] {
        let recognizer = try #require(Self.recognizer, "the bundled entity model did not load")
        let raw = try String(contentsOfFile: Fixtures.seedArticlePath, encoding: .utf8)
        return recognizer.recognize(raw)
    }

    func labels(of text: String, in spans: [EntitySpan]) -> Set<EntityLabel> {
        Set(spans.filter { $0.text == text }.map(\.label))
    }

    @Test(arguments: [
        ("Kim Jong-un", EntityLabel.person), ("Vladimir Putin", .person), ("Sergei Shoigu", .person),
        ("Henrik Rothen", .person), ("Kremlin", .org), ("State Affairs Commission", .org),
        ("Russia", .gpe), ("North Korea", .gpe), ("Vladivostok", .gpe), ("Pyongyang", .gpe), ("Ukraine", .gpe),
        ("Iran", .gpe), ("Poland", .gpe), ("Belarus", .gpe), ("Russian", .norp), ("North Korean", .norp),
        ("Sep.12 - 2023", .date), ("Monday", .date), ("Sunday", .date), ("Wednesday", .date), ("August", .date),
        ("April 2019", .date), ("four years ago", .date), ("7:30 AM CET", .time),
    ])
    func entityIsFoundWithItsLabel(text: String, label: EntityLabel) throws {
        let spans = try spans()
        #expect(labels(of: text, in: spans) == [label], "\(text): \(spans.filter { $0.text.contains(text) })")
    }

    @Test func possessiveStaysOutside() throws {
        let spans = try spans()
        #expect(!spans.contains { $0.text.hasSuffix("'s") || $0.text.hasSuffix("’s") })
    }

    @Test(arguments: ["Trending Now", "Media", "Defense", "Trending"])
    func furnitureAndCommonWordsAreNotEntities(text: String) throws {
        let spans = try spans()
        #expect(!spans.contains { $0.text == text || $0.text.hasPrefix(text + " ") })
    }

    @Test func laterSurnameMentionsArePeople() throws {
        let spans = try spans()
        #expect(labels(of: "Putin", in: spans) == [.person])
        #expect(labels(of: "Kim", in: spans) == [.person])
    }
}
