import Foundation
@testable import ReaderDocument

/// Evaluates an `Expect:` expression over feedparser's result as built from Reader's report.
/// An expression that reaches anything Reader has no answer for is unmapped, not failed.
struct FeedparserEvaluator {
    struct Unmapped: Error {
        /// What was reached, e.g. "feed['tagline']" or "isinstance()".
        var kind: String
    }

    /// A Python error (an index out of range, a call on the wrong type): the expectation fails.
    struct Failure: Error {
        var reason: String
    }

    var root: FeedparserValue
    /// The document's bytes, to compare charsets by the text they give.
    var document: [UInt8]

    func evaluate(_ expression: PythonExpression) throws -> FeedparserValue {
        switch expression {
        case .name(let name):
            switch name {
            case "None": return .none
            case "True": return .bool(true)
            case "False": return .bool(false)
            default: return try member(root, name)
            }
        case .string(let value): return .string(value, .raw)
        case .integer(let value): return .integer(value)
        case .real(let value): return .real(value)
        case .tuple(let items): return .tuple(try items.map(evaluate))
        case .list(let items): return .list(try items.map(evaluate))
        case .dict(let pairs): return .pythonDict(try pairs.map { (try evaluate($0.0), try evaluate($0.1)) })
        case .negative(let inner):
            switch try evaluate(inner) {
            case .integer(let value): return .integer(-value)
            case .real(let value): return .real(-value)
            default: throw Failure(reason: "bad operand for -")
            }
        case .index(let base, let index):
            let container = try evaluate(base)
            let key = try evaluate(index)
            switch (container, key) {
            case (.list(let items), .integer(let position)), (.tuple(let items), .integer(let position)):
                let resolved = position < 0 ? items.count + position : position
                guard items.indices.contains(resolved) else { throw Failure(reason: "index \(position) out of range") }
                return items[resolved]
            case (.object, .string(let name, _)):
                return try member(container, name)
            case (.string(let text, let kind), .integer(let position)):
                let scalars = Array(text.unicodeScalars)
                guard scalars.indices.contains(position) else { throw Failure(reason: "string index out of range") }
                return .string(String(scalars[position]), kind)
            default:
                throw Failure(reason: "cannot subscript")
            }
        case .attribute(let base, let name):
            if case .name(let module) = base, ["datetime", "feedparser", "time", "sys"].contains(module) {
                throw Unmapped(kind: "\(module).\(name)")
            }
            return try member(try evaluate(base), name)
        case .call(let function, let arguments):
            return try call(function, arguments)
        case .not(let inner):
            return .bool(!(try evaluate(inner).isTruthy))
        case .and(let left, let right):
            // Both sides are evaluated, so that an unmapped right side is found even when the
            // left one is false; a failing side that Python would never reach does not count.
            let first = try outcome(left)
            let second = try outcome(right)
            guard let firstValue = first else { throw Failure(reason: "left of and failed") }
            if !firstValue.isTruthy { return firstValue }
            guard let secondValue = second else { throw Failure(reason: "right of and failed") }
            return secondValue
        case .or(let left, let right):
            let first = try outcome(left)
            let second = try outcome(right)
            if let first, first.isTruthy { return first }
            guard let second else { throw Failure(reason: "right of or failed") }
            return second
        case .add(let left, let right):
            switch (try evaluate(left), try evaluate(right)) {
            case (.string(let a, let kind), .string(let b, _)): return .string(a + b, kind)
            case (.integer(let a), .integer(let b)): return .integer(a + b)
            default: throw Failure(reason: "bad operands for +")
            }
        case .compare(let first, let rest):
            var left = try evaluate(first)
            var result = true
            for (operation, rightExpression) in rest {
                let right = try evaluate(rightExpression)
                if !(try compare(left, operation, right)) { result = false }
                left = right
            }
            return .bool(result)
        }
    }

    /// The value, or nil when evaluating it fails the way Python would; unmapped still throws.
    private func outcome(_ expression: PythonExpression) throws -> FeedparserValue? {
        do {
            return try evaluate(expression)
        } catch is Failure {
            return nil
        }
    }

    private func member(_ container: FeedparserValue, _ name: String) throws -> FeedparserValue {
        guard case .object(let kind, let fields, let mapped) = container else { throw Failure(reason: "no attribute \(name)") }
        if let value = fields[name] { return value }
        guard mapped.contains(name) else { throw Unmapped(kind: "\(kind)['\(name)']") }
        return .none
    }

    private func call(_ function: PythonExpression, _ arguments: [PythonExpression]) throws -> FeedparserValue {
        switch function {
        case .name("len"):
            guard arguments.count == 1 else { throw Failure(reason: "len takes one argument") }
            switch try evaluate(arguments[0]) {
            case .string(let text, _): return .integer(text.unicodeScalars.count)
            case .list(let items), .tuple(let items): return .integer(items.count)
            case .object(_, let fields, _): return .integer(fields.count)
            default: throw Failure(reason: "len of a scalar")
            }
        case .name("ord"):
            guard arguments.count == 1, case .string(let text, let kind) = try evaluate(arguments[0]) else {
                throw Failure(reason: "ord takes a string")
            }
            let collapsed = kind == .raw ? text : FeedparserComparison.collapsed(text)
            guard collapsed.unicodeScalars.count == 1, let scalar = collapsed.unicodeScalars.first else {
                throw Failure(reason: "ord of \(collapsed.unicodeScalars.count) characters")
            }
            return .integer(Int(scalar.value))
        case .attribute(let base, "get"):
            let container = try evaluate(base)
            guard let first = arguments.first, case .string(let name, _) = try evaluate(first) else { throw Failure(reason: "get takes a key") }
            guard case .object(let kind, let fields, let mapped) = container else { throw Failure(reason: "get on a scalar") }
            if let value = fields[name] { return value }
            guard mapped.contains(name) else { throw Unmapped(kind: "\(kind)['\(name)']") }
            return arguments.count > 1 ? try evaluate(arguments[1]) : .none
        case .attribute(_, let method):
            throw Unmapped(kind: "\(method)()")
        case .name(let name):
            throw Unmapped(kind: "\(name)()")
        default:
            throw Unmapped(kind: "call")
        }
    }

    private func compare(_ left: FeedparserValue, _ operation: String, _ right: FeedparserValue) throws -> Bool {
        switch operation {
        case "==", "is": return try FeedparserComparison.equal(left, right, document: document)
        case "!=", "is not": return !(try FeedparserComparison.equal(left, right, document: document))
        case "in", "not in":
            switch (left, right) {
            case (.string(let needle, _), .string(let haystack, _)):
                return haystack.contains(needle) == (operation == "in")
            case (.string(let key, _), .object(let kind, let fields, let mapped)):
                guard mapped.contains(key) else { throw Unmapped(kind: "'\(key)' in \(kind)") }
                return (fields[key] != nil) == (operation == "in")
            default:
                throw Unmapped(kind: "in")
            }
        default:
            throw Unmapped(kind: "ordering (\(operation))")
        }
    }
}
