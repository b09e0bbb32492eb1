import Foundation
import Testing
@testable import ReaderEntities

@Suite struct EntityModelTests {
    let tags = TagSet(types: ["PERSON", "GPE"])

    func corpus(gazetteer: Gazetteer = Gazetteer()) -> TrainingCorpus {
        var corpus = TrainingCorpus(extractor: FeatureExtractor(gazetteer: gazetteer), tags: tags)
        corpus.titleCaseShare = 0
        return corpus
    }

    /// A tiny corpus: people "X Y said" and places "in Z".
    func trainingSentences() -> [TrainingSentence] {
        var random = SeededRandom(seed: 1)
        let people = ["Anna Berg", "Tom Walsh", "Ida Lund", "Paul Kerr", "Nina Holt", "Omar Sadiq"]
        let places = ["Oslo", "Lima", "Quito", "Hanoi", "Dakar", "Riga"]
        var sentences: [TrainingSentence] = []
        for (person, place) in zip(people, places) {
            let text = "\(person) said the talks in \(place) went well."
            let personEnd = person.unicodeScalars.count
            let placeStart = person.unicodeScalars.count + " said the talks in ".unicodeScalars.count
            let gold = [(0, personEnd, "PERSON"), (placeStart, placeStart + place.unicodeScalars.count, "GPE")]
            sentences += corpus().sentences(text: text, gold: gold, random: &random)
        }
        return sentences
    }

    @Test func bioTagsFollowGoldSpans() {
        let document = TokenizedText("Anna Berg visited Oslo.")
        let tagged = corpus().tagTokens(document, gold: [(0, 9, "PERSON"), (18, 22, "GPE")])
        #expect(tagged == [tags.begin(0), tags.inside(0), TagSet.outside, tags.begin(1), TagSet.outside])
    }

    @Test func insideTagsNeedABeginning() {
        #expect(!tags.allows(nil, tags.inside(0)))
        #expect(!tags.allows(TagSet.outside, tags.inside(0)))
        #expect(!tags.allows(tags.begin(1), tags.inside(0)))
        #expect(tags.allows(tags.begin(0), tags.inside(0)))
    }

    @Test func trainingLearnsTheTinyCorpusAndGeneralises() {
        let sentences = trainingSentences()
        let trainer = PerceptronTrainer(tags: tags, sentences: sentences, minimumCount: 1)
        var order = Array(sentences.indices)
        var random = SeededRandom(seed: 7)
        for _ in 0..<10 {
            order.shuffle(using: &random)
            trainer.trainEpoch(sentences, order: order)
        }
        let model = trainer.averagedModel(threshold: 0)
        #expect(trainer.trainEpoch(sentences, order: order) == 1.0)
        let recognizer = EntityRecognizer(model: model, gazetteer: Gazetteer())
        let spans = recognizer.recognize("Eva Moss said the talks in Lagos went well.")
        #expect(spans.map(\.text) == ["Eva Moss", "Lagos"])
        #expect(spans.map(\.label) == [.person, .gpe])
    }

    @Test func modelFileRoundTrips() throws {
        let sentences = trainingSentences()
        let trainer = PerceptronTrainer(tags: tags, sentences: sentences, minimumCount: 1)
        trainer.trainEpoch(sentences, order: Array(sentences.indices))
        let model = trainer.averagedModel(threshold: 0)
        let decoded = try EntityModelFile.decode(EntityModelFile.encode(model))
        #expect(decoded.tags == model.tags)
        #expect(decoded.weightCount == model.weightCount)
        #expect(decoded.featureCount == model.featureCount)
        for sentence in sentences {
            #expect(decoded.decode(features: sentence.features, offsets: sentence.offsets)
                == model.decode(features: sentence.features, offsets: sentence.offsets))
        }
    }

    @Test func corruptModelFilesAreErrors() {
        #expect(throws: EntityModelFile.ReadError.self) { try EntityModelFile.decode(Array("not a model".utf8)) }
        #expect(throws: EntityModelFile.ReadError.self) { try EntityModelFile.decode(Array("RDRNER01\u{1}".utf8)) }
    }

    @Test func gazetteerMatchesLongestPhrases() {
        var gazetteer = Gazetteer()
        gazetteer.add("North Korea", category: "country")
        gazetteer.add("Korea", category: "country")
        gazetteer.add("Guinea-Bissau", category: "country")
        let tokens = ["in", "north", "korea", "and", "guinea", "-", "bissau"]
        let matches = gazetteer.matches(lowercased: tokens)
        let country = gazetteer.bit(of: "country")
        #expect(matches.begin.map { $0 & country != 0 } == [false, true, true, false, true, false, false])
        #expect(matches.inside.map { $0 & country != 0 } == [false, false, true, false, false, true, true])
    }

    @Test func featuresAreStableAcrossRuns() {
        let extractor = FeatureExtractor(gazetteer: Gazetteer())
        let tokens = ArraySlice(Tokenizer.tokenize("Vladimir Putin met Kim Jong-un."))
        let first = extractor.features(for: tokens, headline: false)
        let second = extractor.features(for: tokens, headline: false)
        #expect(first.features == second.features)
        #expect(first.offsets.count == tokens.count + 1)
        // The FNV-1a test vector: models trained on one machine must load on another.
        #expect(FeatureHash.hash("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func jsonLinesRoundTripAndReportBadLines() throws {
        let document = try EntityJSONL.document(fromLine: #"{"doc": "d1", "text": "Zoë \"quoted\"\n"}"#)
        #expect(document.id == "d1")
        #expect(document.text == "Zoë \"quoted\"\n")
        #expect(EntityJSONL.quoted("a\u{2028}b\u{1}\"\\é") == #""a\u2028b\u0001\"\\é""#)
        let numbered = try EntityJSONL.document(fromLine: #"{"doc": 42, "text": "x"}"#)
        #expect(numbered.id == "42")
        #expect(EntityJSONL.line(docJSON: numbered.idJSON, span: EntitySpan(start: 0, end: 1, label: .date, text: "x")).hasPrefix(#"{"doc": 42, "#))
        #expect(throws: EntityJSONL.LineError.self) { try EntityJSONL.document(fromLine: "{not json") }
        #expect(throws: EntityJSONL.LineError.self) { try EntityJSONL.document(fromLine: #"{"doc": 1}"#) }
        let line = EntityJSONL.line(doc: "d\"1", span: EntitySpan(start: 0, end: 3, label: .gpe, text: "Zoë\n"))
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["doc"] as? String == "d\"1")
        #expect(object?["text"] as? String == "Zoë\n")
        #expect(object?["label"] as? String == "GPE")
    }
}
