import ArgumentParser
import Foundation
import ReaderEntities
import ReaderDocument

/// Trains the entity model from ../shared and writes it where the package ships it.
@main
struct ReaderTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader-train",
        abstract: "Train Reader's entity model from the shared NER data.")

    @Option(help: "The shared data folder.")
    var shared = "../shared"

    @Option(help: "Gazetteer file (built by Scripts/build-gazetteers.py).")
    var gazetteer = "Sources/ReaderKit/Resources/Entities/gazetteers.tsv"

    @Option(help: "Where to write the model.")
    var output = "Sources/ReaderKit/Resources/Entities/entity-model.bin"

    @Option(help: "Training passes over the data.")
    var epochs = 8

    @Option(help: "Features seen fewer times than this get no weights.")
    var minimumCount = 2

    @Option(help: "Averaged weights smaller than this are dropped from the model.")
    var threshold: Float = 3

    @Flag(inversion: .prefixedNo, help: "Add CoNLL-2003 train (labels mapped) to the BBC silver labels.")
    var conll = true

    @Option(help: "Share of sentences also trained in title case.")
    var titleCaseShare = 0.15

    @Option(help: "Instead of training, prune this model with --threshold and write it to --output.")
    var prune: String?

    func run() throws {
        let started = Date()
        if let prune {
            let model = try EntityModelFile.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: prune))))
            let pruned = model.pruned(threshold: threshold)
            let bytes = EntityModelFile.encode(pruned)
            try Data(bytes).write(to: URL(fileURLWithPath: output))
            print("pruned \(model.weightCount) → \(pruned.weightCount) weights; wrote \(output): \(bytes.count) bytes")
            return
        }
        let gazetteerText = (try? String(contentsOfFile: gazetteer, encoding: .utf8)) ?? ""
        if gazetteerText.isEmpty { print("warning: no gazetteer at \(gazetteer); training without one") }
        let extractor = FeatureExtractor(gazetteer: Gazetteer(tsv: gazetteerText))
        let tags = TagSet.standard
        var corpus = TrainingCorpus(extractor: extractor, tags: tags)
        corpus.titleCaseShare = titleCaseShare
        var random = SeededRandom(seed: 2026)

        var sentences: [TrainingSentence] = []
        let bbc = try TrainingFiles.load(
            documents: "\(shared)/ner/bbc.docs.jsonl", gold: "\(shared)/ner/bbc.spacy.jsonl", labelMap: [:])
        for document in bbc {
            sentences += corpus.sentences(text: document.text, gold: document.gold, random: &random)
        }
        print("BBC silver: \(bbc.count) documents, \(sentences.count) sentences")
        if conll {
            let conllMap = ["PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC"]
            let documents = try TrainingFiles.load(
                documents: "\(shared)/ner/conll2003/train.docs.jsonl", gold: "\(shared)/ner/conll2003/train.gold.jsonl",
                labelMap: conllMap)
            let before = sentences.count
            for document in documents {
                sentences += corpus.sentences(text: document.text, gold: document.gold, random: &random)
            }
            print("CoNLL-2003 train: \(documents.count) documents, \(sentences.count - before) sentences")
        }

        let trainer = PerceptronTrainer(tags: tags, sentences: sentences, minimumCount: minimumCount)
        print("features: \(trainer.featureCount), prepared in \(seconds(since: started)) s")
        var order = Array(sentences.indices)
        for epoch in 1...epochs {
            order.shuffle(using: &random)
            let accuracy = trainer.trainEpoch(sentences, order: order)
            print(String(format: "epoch %d: token accuracy %.4f (%d s)", epoch, accuracy, seconds(since: started)))
        }
        let model = trainer.averagedModel(threshold: threshold)
        let bytes = EntityModelFile.encode(model)
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        print("wrote \(output): \(bytes.count) bytes, \(model.weightCount) weights, in \(seconds(since: started)) s")
    }

    func seconds(since start: Date) -> Int { Int(Date().timeIntervalSince(start)) }
}

/// A training document: text and gold spans with type names.
struct TrainingDocument {
    var text: String
    var gold: [(start: Int, end: Int, type: String)]
}

enum TrainingFiles {
    /// Reads documents and their gold entities; labels are renamed through `labelMap` when it has them.
    static func load(documents: String, gold: String, labelMap: [String: String]) throws -> [TrainingDocument] {
        var spans: [String: [(start: Int, end: Int, type: String)]] = [:]
        for line in try String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n") {
            let entity = try EntityJSONL.gold(fromLine: line)
            spans[entity.doc, default: []].append((entity.start, entity.end, labelMap[entity.label] ?? entity.label))
        }
        return try String(contentsOfFile: documents, encoding: .utf8).split(separator: "\n").map { line in
            let document = try EntityJSONL.document(fromLine: line)
            return TrainingDocument(text: document.text, gold: spans[document.id] ?? [])
        }
    }
}
