extension Unicode.Scalar {
    /// White space, answering for ASCII without a Unicode property look-up.
    public var isWhitespaceFast: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
